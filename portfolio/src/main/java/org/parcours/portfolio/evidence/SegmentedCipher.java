package org.parcours.portfolio.evidence;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM over a stream, in 64 KiB segments, so that a file of any size is encrypted and
 * decrypted without being held whole in memory. Each segment has its own random nonce and tag; its
 * index and whether it is the last are authenticated with it, so reordering, dropping or truncating
 * segments is detected.
 *
 * <p>Layout: "PCE1", then per segment: 12-byte nonce, 4-byte ciphertext length, ciphertext + tag.
 */
final class SegmentedCipher {

  static final int SEGMENT = 64 * 1024;
  private static final byte[] MAGIC = {'P', 'C', 'E', '1'};
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SegmentedCipher() {}

  /** Encrypts all of {@code in} to {@code out}; the caller closes both. */
  static void encrypt(SecretKey key, InputStream in, OutputStream out)
      throws IOException, GeneralSecurityException {
    out.write(MAGIC);
    byte[] current = in.readNBytes(SEGMENT);
    long index = 0;
    while (true) {
      byte[] next = current.length < SEGMENT ? new byte[0] : in.readNBytes(SEGMENT);
      boolean last = next.length == 0;
      writeSegment(key, index++, last, current, out);
      if (last) {
        return;
      }
      current = next;
    }
  }

  private static void writeSegment(
      SecretKey key, long index, boolean last, byte[] plain, OutputStream out)
      throws IOException, GeneralSecurityException {
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(aad(index, last));
    byte[] sealed = cipher.doFinal(plain);
    out.write(nonce);
    out.write(ByteBuffer.allocate(4).putInt(sealed.length).array());
    out.write(sealed);
  }

  /** A stream of the plaintext; reading fails with an IOException on any tampering. */
  static InputStream decrypt(SecretKey key, InputStream encrypted) {
    return new Decrypting(key, new DataInputStream(encrypted));
  }

  private static byte[] aad(long index, boolean last) {
    return ByteBuffer.allocate(9).putLong(index).put((byte) (last ? 1 : 0)).array();
  }

  private static final class Decrypting extends InputStream {
    private final SecretKey key;
    private final DataInputStream in;
    private byte[] plain = new byte[0];
    private int at;
    private long index;
    private boolean done;
    private boolean started;

    Decrypting(SecretKey key, DataInputStream in) {
      this.key = key;
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      while (at == plain.length) {
        if (done) {
          return -1;
        }
        nextSegment();
      }
      int n = Math.min(length, plain.length - at);
      System.arraycopy(plain, at, buffer, offset, n);
      at += n;
      return n;
    }

    private void nextSegment() throws IOException {
      if (!started) {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
          throw new IOException("not an encrypted evidence file");
        }
        started = true;
      }
      byte[] nonce = new byte[NONCE];
      try {
        in.readFully(nonce);
      } catch (EOFException e) {
        throw new IOException("encrypted file truncated before its last segment", e);
      }
      int length = in.readInt();
      if (length < 16 || length > SEGMENT + 16) {
        throw new IOException("corrupt segment length");
      }
      byte[] sealed = new byte[length];
      in.readFully(sealed);
      // The last segment is the one whose tag verifies with the "last" flag set.
      byte[] opened = open(nonce, sealed, false);
      if (opened == null) {
        opened = open(nonce, sealed, true);
        if (opened == null) {
          throw new IOException("encrypted file altered (segment " + index + ")");
        }
        done = true;
        if (in.read() != -1) {
          throw new IOException("data after the last segment");
        }
      }
      plain = opened;
      at = 0;
      index++;
    }

    private byte[] open(byte[] nonce, byte[] sealed, boolean last) throws IOException {
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(aad(index, last));
        return cipher.doFinal(sealed);
      } catch (AEADBadTagException e) {
        return null;
      } catch (GeneralSecurityException e) {
        throw new IOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
