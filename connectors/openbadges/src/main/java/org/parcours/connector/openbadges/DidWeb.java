package org.parcours.connector.openbadges;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parcours.connector.openbadges.crypto.Failure;

/**
 * Where the DID document of a {@code did:web} identifier lives (W3C CCG did:web method, "Read"):
 * {@code did:web:example.com} → {@code https://example.com/.well-known/did.json}, {@code
 * did:web:example.com:user:alice} → {@code https://example.com/user/alice/did.json}, and a port
 * written {@code %3A} ({@code did:web:example.com%3A8443}). Anything else is refused before a
 * fetch, so that a crafted identifier can neither leave the domain it names ({@code ..}, {@code @},
 * {@code /}) nor make the connector build an address it cannot parse.
 */
final class DidWeb {

  private static final String PREFIX = "did:web:";

  /** Host names only (no user info, no IP literal), then an optional percent-encoded port. */
  private static final Pattern DOMAIN =
      Pattern.compile(
          "([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)"
              + "(?:%3[Aa]([0-9]{1,5}))?");

  /** A path segment: the did:web idchar set, percent-encoding kept as it is in the URL. */
  private static final Pattern SEGMENT = Pattern.compile("(?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})+");

  private DidWeb() {}

  /**
   * The address of a DID's document.
   *
   * @param did a {@code did:web} DID, without fragment
   * @return the https address of its {@code did.json}
   * @throws Failure {@code key.unresolvable} when the identifier is not a valid did:web
   */
  static URI documentUrl(String did) throws Failure {
    String[] parts = did.substring(PREFIX.length()).split(":", -1);
    Matcher domain = DOMAIN.matcher(parts[0]);
    if (!domain.matches()) {
      throw malformed(did);
    }
    String port = domain.group(2);
    if (port != null && Integer.parseInt(port) > 65_535) {
      throw malformed(did);
    }
    StringBuilder path = new StringBuilder();
    for (int i = 1; i < parts.length; i++) {
      String segment = parts[i];
      if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
        throw malformed(did);
      }
      path.append('/').append(segment);
    }
    String authority = domain.group(1).toLowerCase(Locale.ROOT) + (port == null ? "" : ":" + port);
    return URI.create(
        "https://" + authority + (path.isEmpty() ? "/.well-known" : path) + "/did.json");
  }

  private static Failure malformed(String did) {
    return new Failure("key.unresolvable", "Malformed did:web identifier " + did);
  }
}
