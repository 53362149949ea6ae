package org.parcours.connector.openbadges.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;

/** Multibase encodings used by Data Integrity: base58btc ({@code z}) and base64url ({@code u}). */
public final class Multibase {

  private static final String ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final int[] INDEXES = new int[128];

  static {
    Arrays.fill(INDEXES, -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      INDEXES[ALPHABET.charAt(i)] = i;
    }
  }

  /** Multicodec prefix of an Ed25519 public key. */
  private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};

  /** Multicodec prefix of an Ed25519 private key. */
  private static final byte[] ED25519_PRIV = {(byte) 0x80, 0x26};

  private Multibase() {}

  /**
   * Decodes a multibase string.
   *
   * @param text {@code z...} or {@code u...}
   * @return the bytes
   * @throws IllegalArgumentException for another base or a bad character
   */
  public static byte[] decode(String text) {
    if (text == null || text.length() < 2 || text.length() > 4096) {
      throw new IllegalArgumentException("not a multibase value");
    }
    char base = text.charAt(0);
    String rest = text.substring(1);
    if (base == 'z') {
      return decodeBase58(rest);
    }
    if (base == 'u') {
      return Base64.getUrlDecoder().decode(rest);
    }
    throw new IllegalArgumentException("unsupported multibase prefix '" + base + "'");
  }

  /**
   * Encodes bytes as base58btc multibase ({@code z...}).
   *
   * @param bytes the bytes
   * @return the multibase text
   */
  public static String encodeBase58(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    BigInteger value = new BigInteger(1, bytes);
    BigInteger base = BigInteger.valueOf(58);
    while (value.signum() > 0) {
      BigInteger[] qr = value.divideAndRemainder(base);
      out.append(ALPHABET.charAt(qr[1].intValue()));
      value = qr[0];
    }
    for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
      out.append('1');
    }
    return "z" + out.reverse();
  }

  private static byte[] decodeBase58(String text) {
    BigInteger value = BigInteger.ZERO;
    BigInteger base = BigInteger.valueOf(58);
    int zeros = 0;
    while (zeros < text.length() && text.charAt(zeros) == '1') {
      zeros++;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int digit = c < 128 ? INDEXES[c] : -1;
      if (digit < 0) {
        throw new IllegalArgumentException("bad base58 character");
      }
      value = value.multiply(base).add(BigInteger.valueOf(digit));
    }
    byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
    int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
    byte[] out = new byte[zeros + magnitude.length - skip];
    System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
    return out;
  }

  /**
   * Reads an Ed25519 public key in Multikey form ({@code z6Mk...}).
   *
   * @param multibase the {@code publicKeyMultibase}
   * @return the 32 raw key bytes
   * @throws IllegalArgumentException if it is not an Ed25519 multikey
   */
  public static byte[] ed25519PublicKey(String multibase) {
    byte[] bytes = decode(multibase);
    if (bytes.length != 34 || bytes[0] != ED25519_PUB[0] || bytes[1] != ED25519_PUB[1]) {
      throw new IllegalArgumentException("not an Ed25519 public multikey");
    }
    return Arrays.copyOfRange(bytes, 2, 34);
  }

  /**
   * Writes an Ed25519 public key in Multikey form.
   *
   * @param raw the 32 raw bytes
   * @return {@code z6Mk...}
   */
  public static String ed25519PublicMultikey(byte[] raw) {
    byte[] bytes = new byte[34];
    bytes[0] = ED25519_PUB[0];
    bytes[1] = ED25519_PUB[1];
    System.arraycopy(raw, 0, bytes, 2, 32);
    return encodeBase58(bytes);
  }

  /**
   * Reads an Ed25519 secret key in Multikey form ({@code z3u2...}): the 32-byte seed, possibly
   * followed by the public key.
   *
   * @param multibase the {@code secretKeyMultibase}
   * @return the 32-byte seed
   */
  public static byte[] ed25519SecretKey(String multibase) {
    byte[] bytes = decode(multibase);
    if (bytes.length < 34 || bytes[0] != ED25519_PRIV[0] || bytes[1] != ED25519_PRIV[1]) {
      throw new IllegalArgumentException("not an Ed25519 secret multikey");
    }
    return Arrays.copyOfRange(bytes, 2, 34);
  }
}
