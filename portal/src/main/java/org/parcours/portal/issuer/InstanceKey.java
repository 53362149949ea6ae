package org.parcours.portal.issuer;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import org.parcours.plugin.issuer.Signer;

/**
 * The instance's Ed25519 key, lent to issuer plugins as a {@link Signer}: they get signatures,
 * never the key.
 */
final class InstanceKey implements Signer {

  private final KeyPair pair;
  private final byte[] publicKey;
  private final String controller;

  InstanceKey(byte[] seed, String controller) {
    if (seed.length != 32) {
      throw new IllegalStateException("parcours.issuer.key must be a 32-byte Ed25519 seed");
    }
    this.pair = fromSeed(seed);
    this.publicKey = raw((EdECPublicKey) pair.getPublic());
    this.controller = controller;
    selfCheck();
  }

  /** The JDK derives a key pair from the 32 bytes its generator draws: we hand it the seed. */
  private static KeyPair fromSeed(byte[] seed) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(
          NamedParameterSpec.ED25519,
          new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
              System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
            }
          });
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is not available in this JDK", e);
    }
  }

  /** RFC 8032 encoding: little-endian y with the sign of x in the top bit. */
  private static byte[] raw(EdECPublicKey key) {
    byte[] y = key.getPoint().getY().toByteArray();
    byte[] out = new byte[32];
    for (int i = 0; i < Math.min(32, y.length); i++) {
      out[i] = y[y.length - 1 - i];
    }
    if (key.getPoint().isXOdd()) {
      out[31] |= (byte) 0x80;
    }
    return out;
  }

  private void selfCheck() {
    byte[] probe = "parcours".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(pair.getPublic());
      verifier.update(probe);
      if (!verifier.verify(sign(probe))) {
        throw new IllegalStateException("the instance key does not verify its own signature");
      }
    } catch (InvalidKeyException | SignatureException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the instance key cannot sign", e);
    }
  }

  @Override
  public String algorithm() {
    return ED25519;
  }

  @Override
  public String verificationMethod() {
    return controller + "#key-1";
  }

  @Override
  public String controller() {
    return controller;
  }

  @Override
  public byte[] publicKey() {
    return Arrays.copyOf(publicKey, publicKey.length);
  }

  @Override
  public byte[] sign(byte[] data) {
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(pair.getPrivate());
      signer.update(data);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the instance key cannot sign", e);
    }
  }
}
