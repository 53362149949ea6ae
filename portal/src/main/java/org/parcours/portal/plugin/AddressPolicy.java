package org.parcours.portal.plugin;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which addresses the portal may fetch from on behalf of a plugin: public unicast only, unless an
 * administrator allowed a private range (parcours.fetch.allow, for an intranet or for tests).
 */
final class AddressPolicy {

  /** A CIDR block, such as {@code 10.0.0.0/8}. */
  record Block(byte[] network, int prefix) {

    static Block parse(String cidr) {
      String text = cidr.strip();
      int slash = text.indexOf('/');
      try {
        InetAddress address = InetAddress.getByName(slash < 0 ? text : text.substring(0, slash));
        int max = address.getAddress().length * 8;
        int prefix = slash < 0 ? max : Integer.parseInt(text.substring(slash + 1));
        if (prefix < 0 || prefix > max || !literal(slash < 0 ? text : text.substring(0, slash))) {
          throw new IllegalArgumentException("not a CIDR block: " + cidr);
        }
        return new Block(address.getAddress(), prefix);
      } catch (UnknownHostException | NumberFormatException e) {
        throw new IllegalArgumentException("not a CIDR block: " + cidr, e);
      }
    }

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (bytes[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (bytes[full] & mask) == (network[full] & mask);
    }
  }

  private static final List<Block> INTERNAL =
      List.of(
          Block.parse("0.0.0.0/8"),
          Block.parse("100.64.0.0/10"),
          Block.parse("192.0.0.0/24"),
          Block.parse("192.0.2.0/24"),
          Block.parse("198.18.0.0/15"),
          Block.parse("198.51.100.0/24"),
          Block.parse("203.0.113.0/24"),
          Block.parse("240.0.0.0/4"),
          Block.parse("fc00::/7"),
          Block.parse("2001:db8::/32"),
          Block.parse("64:ff9b::/96"),
          Block.parse("2002::/16"));

  private final List<Block> allowed;

  AddressPolicy(List<Block> allowed) {
    this.allowed = List.copyOf(allowed);
  }

  static AddressPolicy allowing(String cidrs) {
    return new AddressPolicy(
        cidrs == null || cidrs.isBlank()
            ? List.of()
            : java.util.Arrays.stream(cidrs.split(",")).map(Block::parse).toList());
  }

  /** Tells whether a connection to this address may be opened. */
  boolean permits(InetAddress address) {
    if (allowed.stream().anyMatch(b -> b.contains(address))) {
      return true;
    }
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    if (address instanceof Inet6Address v6 && embeddedV4(v6) != null) {
      return permits(embeddedV4(v6));
    }
    return INTERNAL.stream().noneMatch(b -> b.contains(address))
        && !(address instanceof Inet4Address && address.getAddress()[0] == (byte) 255);
  }

  /** IPv4-compatible ({@code ::a.b.c.d}) addresses hide an IPv4 target. */
  private static InetAddress embeddedV4(Inet6Address address) {
    byte[] b = address.getAddress();
    for (int i = 0; i < 12; i++) {
      if (b[i] != 0) {
        return null;
      }
    }
    try {
      return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
    } catch (UnknownHostException e) {
      return null;
    }
  }

  static boolean literal(String host) {
    return host.matches("[0-9.]+") || host.contains(":");
  }
}
