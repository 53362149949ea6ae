package org.parcours.portal.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class InstanceKeyTest {

  private static final HexFormat HEX = HexFormat.of();

  /** RFC 8032, section 7.1, TEST 1: the seed, its public key and the signature of "". */
  @Test
  void derivesThePublicKeyAndSignsAsRfc8032Says() {
    InstanceKey key =
        new InstanceKey(
            HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
            "did:web:parcours.example");

    assertThat(HEX.formatHex(key.publicKey()))
        .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    assertThat(HEX.formatHex(key.sign(new byte[0])))
        .isEqualTo(
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    assertThat(key.verificationMethod()).isEqualTo("did:web:parcours.example#key-1");
  }

  @Test
  void aSeedOfTheWrongSizeIsRefused() {
    assertThatThrownBy(() -> new InstanceKey(new byte[16], "did:web:x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("32-byte");
  }
}
