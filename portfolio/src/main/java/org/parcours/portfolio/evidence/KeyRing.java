package org.parcours.portfolio.evidence;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Workers' data keys, wrapped (AES-GCM) by the instance's master key for storage. */
final class KeyRing {

  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyRing() {}

  static SecretKey newKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return new SecretKeySpec(key, "AES");
  }

  static String wrap(byte[] master, SecretKey key) {
    try {
      byte[] nonce = new byte[12];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(master, "AES"), new GCMParameterSpec(128, nonce));
      byte[] sealed = cipher.doFinal(key.getEncoded());
      return Base64.getEncoder()
          .encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot wrap a worker key", e);
    }
  }

  static SecretKey unwrap(byte[] master, String wrapped) {
    try {
      byte[] bytes = Base64.getDecoder().decode(wrapped);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(master, "AES"),
          new GCMParameterSpec(128, bytes, 0, 12));
      return new SecretKeySpec(cipher.doFinal(bytes, 12, bytes.length - 12), "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a worker key does not open with this master key", e);
    }
  }
}
