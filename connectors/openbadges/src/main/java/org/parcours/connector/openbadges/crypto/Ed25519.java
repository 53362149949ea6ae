package org.parcours.connector.openbadges.crypto;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** Ed25519 with raw keys, through Bouncy Castle's lightweight API (no JCA provider needed). */
public final class Ed25519 {

  private Ed25519() {}

  /**
   * Verifies a signature.
   *
   * @param publicKey 32 raw bytes
   * @param message the signed bytes
   * @param signature 64 bytes
   * @return whether it verifies
   */
  public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
    if (publicKey.length != 32 || signature.length != 64) {
      return false;
    }
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(signature);
  }

  /**
   * Signs (deterministic, RFC 8032).
   *
   * @param seed the 32-byte private key seed
   * @param message the bytes to sign
   * @return the 64-byte signature
   */
  public static byte[] sign(byte[] seed, byte[] message) {
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, new Ed25519PrivateKeyParameters(seed, 0));
    signer.update(message, 0, message.length);
    return signer.generateSignature();
  }

  /**
   * The public key of a seed.
   *
   * @param seed the 32-byte private key seed
   * @return the 32 raw public key bytes
   */
  public static byte[] publicKey(byte[] seed) {
    return new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
  }
}
