package org.parcours.connector.example;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The employer whose attestations this connector accepts.
 *
 * @param name the employer's name, as written in its attestations
 * @param key its Ed25519 public key
 */
record TrustedIssuer(String name, PublicKey key) {

  static TrustedIssuer of(String name, String base64Key) {
    try {
      PublicKey key =
          KeyFactory.getInstance("Ed25519")
              .generatePublic(
                  new X509EncodedKeySpec(Base64.getDecoder().decode(base64Key.strip())));
      return new TrustedIssuer(name.strip(), key);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "issuer-public-key is not a base64 X.509 Ed25519 public key", e);
    }
  }

  boolean signed(byte[] content, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(content);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
