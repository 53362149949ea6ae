package org.parcours.plugin.issuer;

/**
 * The portal's signing key, lent to an issuer plugin for one call. The private key never leaves the
 * portal: the plugin gets signatures, not the key.
 */
public interface Signer {

  /** The only algorithm of API 1.0. */
  String ED25519 = "Ed25519";

  /**
   * The signature algorithm.
   *
   * @return {@link #ED25519}
   */
  String algorithm();

  /**
   * The id of the key as published, such as {@code did:web:parcours.example#key-1}.
   *
   * @return the verification method id
   */
  String verificationMethod();

  /**
   * Who publishes the key, such as {@code did:web:parcours.example}.
   *
   * @return the controller id
   */
  String controller();

  /**
   * The raw public key (32 bytes for Ed25519).
   *
   * @return a copy of the public key
   */
  byte[] publicKey();

  /**
   * Signs bytes.
   *
   * @param data what to sign
   * @return the signature (64 bytes for Ed25519)
   */
  byte[] sign(byte[] data);
}
