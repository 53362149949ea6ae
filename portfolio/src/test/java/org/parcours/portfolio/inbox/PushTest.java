package org.parcours.portfolio.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parcours.portfolio.shared.Violation;

/** What a partner's push must hold, and how it names its recipient. */
class PushTest {

  private static final byte[] CONTENT = "{}".getBytes(StandardCharsets.UTF_8);

  @Test
  void aPushNamesOneRecipientAndCarriesAKeyATitleAndContent() {
    Push good =
        new Push("a@b.fr", null, "key-1", InboxItem.Kind.CREDENTIAL, "Badge", null, CONTENT);
    assertThat(good.violations("")).isEmpty();
    Push bad = new Push("a@b.fr", "PRC-AAAA2222", "clé 1", null, " ", null, new byte[0]);
    assertThat(bad.violations("items[3].").stream().map(Violation::field))
        .containsExactly(
            "items[3].recipient",
            "items[3].idempotencyKey",
            "items[3].kind",
            "items[3].title",
            "items[3].content");
    Push huge =
        new Push(
            null,
            "PRC-AAAA2222",
            "k",
            InboxItem.Kind.CREDENTIAL,
            "T",
            null,
            new byte[Push.CONTENT_MAX + 1]);
    assertThat(huge.violations("").stream().map(Violation::rule))
        .containsExactly("push.content.tooLarge");
  }

  @Test
  void anAddressIsKeptOnlyAsTheHashOfItsCaseFoldedForm() {
    String key = Push.emailKey(" Camille@Demo.Parcours.invalid ");
    assertThat(key).isEqualTo(Push.emailKey("camille@demo.parcours.invalid")).startsWith("email:");
    assertThat(key).doesNotContain("camille").hasSize("email:".length() + 64);
    Push byAlias =
        new Push(null, "prc-aaaa2222", "k", InboxItem.Kind.CREDENTIAL, "T", null, CONTENT);
    assertThat(Push.recipientKey(byAlias)).isEqualTo("alias:PRC-AAAA2222");
  }
}
