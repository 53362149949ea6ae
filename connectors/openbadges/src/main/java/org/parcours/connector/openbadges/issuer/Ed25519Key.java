package org.parcours.connector.openbadges.issuer;

import java.security.SecureRandom;
import java.util.Arrays;
import org.parcours.connector.openbadges.crypto.Ed25519;
import org.parcours.connector.openbadges.crypto.Multibase;
import org.parcours.plugin.issuer.Signer;

/**
 * An Ed25519 signing key and the verification method that publishes it.
 *
 * @param seed the 32-byte private seed (secret)
 * @param verificationMethod the id of the key, such as {@code did:web:example.org#key-1}
 */
public record Ed25519Key(byte[] seed, String verificationMethod) implements Signer {

  /** Copies the seed and checks it. */
  public Ed25519Key {
    if (seed == null || seed.length != 32) {
      throw new IllegalArgumentException("an Ed25519 seed is 32 bytes");
    }
    seed = seed.clone();
  }

  /**
   * Reads a key from its Multikey secret ({@code secretKeyMultibase}).
   *
   * @param secretKeyMultibase the secret key
   * @param verificationMethod its verification method id
   * @return the key
   */
  public static Ed25519Key fromMultibase(String secretKeyMultibase, String verificationMethod) {
    return new Ed25519Key(Multibase.ed25519SecretKey(secretKeyMultibase), verificationMethod);
  }

  /**
   * Creates a fresh key.
   *
   * @param verificationMethod its verification method id
   * @return the key
   */
  public static Ed25519Key generate(String verificationMethod) {
    byte[] seed = new byte[32];
    new SecureRandom().nextBytes(seed);
    return new Ed25519Key(seed, verificationMethod);
  }

  @Override
  public byte[] seed() {
    return seed.clone();
  }

  @Override
  public byte[] publicKey() {
    return Ed25519.publicKey(seed);
  }

  @Override
  public String algorithm() {
    return ED25519;
  }

  @Override
  public String controller() {
    int hash = verificationMethod.indexOf('#');
    return hash < 0 ? verificationMethod : verificationMethod.substring(0, hash);
  }

  @Override
  public byte[] sign(byte[] data) {
    return Ed25519.sign(seed, data);
  }

  /**
   * The public key as a Multikey ({@code z6Mk...}), for a DID document.
   *
   * @return the {@code publicKeyMultibase}
   */
  public String publicKeyMultibase() {
    return Multibase.ed25519PublicMultikey(publicKey());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ed25519Key other
        && Arrays.equals(seed, other.seed)
        && verificationMethod.equals(other.verificationMethod);
  }

  @Override
  public int hashCode() {
    return verificationMethod.hashCode();
  }

  @Override
  public String toString() {
    return "Ed25519Key[" + verificationMethod + "]";
  }
}
