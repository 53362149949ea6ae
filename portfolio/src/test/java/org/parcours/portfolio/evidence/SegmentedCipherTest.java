package org.parcours.portfolio.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class SegmentedCipherTest {

  private final SecretKey key = KeyRing.newKey();

  private byte[] encrypt(byte[] plain) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SegmentedCipher.encrypt(key, new ByteArrayInputStream(plain), out);
    return out.toByteArray();
  }

  private byte[] decrypt(SecretKey with, byte[] sealed) throws IOException {
    try (InputStream in = SegmentedCipher.decrypt(with, new ByteArrayInputStream(sealed))) {
      return in.readAllBytes();
    }
  }

  @Test
  void contentOfAnySizeComesBackByteForByte() throws Exception {
    Random random = new Random(7);
    for (int size :
        new int[] {1, 100, SegmentedCipher.SEGMENT, SegmentedCipher.SEGMENT + 1, 300_000}) {
      byte[] plain = new byte[size];
      random.nextBytes(plain);
      byte[] sealed = encrypt(plain);
      assertThat(decrypt(key, sealed)).as("size %d", size).isEqualTo(plain);
      assertThat(
              Arrays.equals(Arrays.copyOfRange(sealed, 20, 40), Arrays.copyOfRange(plain, 0, 20)))
          .isFalse();
    }
  }

  @Test
  void aChangedByteATruncationOrAnotherKeyIsRefused() throws Exception {
    byte[] plain = new byte[200_000];
    new Random(3).nextBytes(plain);
    byte[] sealed = encrypt(plain);

    byte[] flipped = sealed.clone();
    flipped[flipped.length / 2] ^= 1;
    assertThatThrownBy(() -> decrypt(key, flipped)).isInstanceOf(IOException.class);

    // Cut exactly after the first full segment: every remaining segment is valid but the last
    // one is missing, which only the "last" flag can tell.
    int firstSegment = 4 + 12 + 4 + SegmentedCipher.SEGMENT + 16;
    byte[] truncated = Arrays.copyOf(sealed, firstSegment);
    assertThatThrownBy(() -> decrypt(key, truncated)).isInstanceOf(IOException.class);

    assertThatThrownBy(() -> decrypt(KeyRing.newKey(), sealed)).isInstanceOf(IOException.class);
  }

  @Test
  void aWrappedKeyOpensOnlyWithItsMasterKey() {
    byte[] master = new byte[32];
    new Random(1).nextBytes(master);
    String wrapped = KeyRing.wrap(master, key);
    assertThat(KeyRing.unwrap(master, wrapped).getEncoded()).isEqualTo(key.getEncoded());
    byte[] other = master.clone();
    other[0] ^= 1;
    assertThatThrownBy(() -> KeyRing.unwrap(other, wrapped))
        .isInstanceOf(IllegalStateException.class);
  }
}
