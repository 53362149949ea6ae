package org.parcours.portal.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.portfolio.shared.ErrorCode;
import org.parcours.portfolio.shared.InvalidInputException;

class VcEnvelopeTest {

  private static VcEnvelope read(String body) {
    return VcEnvelope.read(body.getBytes(StandardCharsets.UTF_8));
  }

  private static String rule(String body) {
    try {
      read(body);
    } catch (InvalidInputException e) {
      return e.violations().get(0).field() + ":" + e.violations().get(0).rule();
    }
    throw new AssertionError("accepted: " + body);
  }

  @Test
  void theCredentialIsHandedOnExactlyAsSentDuplicateKeysIncluded() {
    String credential = "{ \"type\" : [\"VerifiableCredential\"], \"a\": {\"b\": 1, \"b\": 2} }";

    VcEnvelope envelope =
        read(
            " {\"options\": {\"challenge\": \"x\"}, \"verifiableCredential\":" + credential + "} ");

    assertThat(new String(envelope.credential(), StandardCharsets.UTF_8)).isEqualTo(credential);
    assertThat(envelope.options().getString("challenge")).isEqualTo("x");
  }

  @Test
  void unknownMissingOrRepeatedMembersAreRefusedByName() {
    assertThat(rule("{\"verifiableCredential\": {}, \"credential\": {}}"))
        .isEqualTo("credential:vc.request.unknown-member");
    assertThat(rule("{\"options\": {}}"))
        .isEqualTo("verifiableCredential:vc.verifiableCredential.required");
    assertThat(rule("{\"verifiableCredential\": {\"a\": 1}, \"verifiableCredential\": {}}"))
        .isEqualTo("verifiableCredential:vc.request.duplicate-member");
    assertThat(rule("{\"verifiableCredential\": \"eyJ...\"}"))
        .isEqualTo("verifiableCredential:vc.verifiableCredential.required");
    assertThat(rule("{\"verifiableCredential\": {}, \"options\": []}"))
        .isEqualTo("options:vc.options.object");
  }

  @Test
  void somethingThatIsNotOneJsonObjectIsRefused() {
    assertThat(rule("[]")).isEqualTo("body:vc.request.object");
    assertThat(rule("")).isEqualTo("body:vc.request.object");
    assertThat(rule("{\"verifiableCredential\": {}} x")).isEqualTo("body:vc.request.malformed");
    assertThat(rule("{\"verifiableCredential\": {")).isEqualTo("body:vc.request.malformed");
  }

  @Test
  void aBodyLargerThanAnImportMayBeIsRefusedAsTooLarge() {
    byte[] body = new byte[VcEnvelope.MAX_BYTES + 1];

    assertThatThrownBy(() -> VcEnvelope.read(body))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE));
  }

  @Test
  void anEnvelopedJwtIsReadAsItsTokenOnlyUnderTheVc2Context() {
    String enveloped =
        "{\"@context\": %s, \"type\": \"EnvelopedVerifiableCredential\","
            + " \"id\": \"data:application/vc+jwt,eyJ.eyJ.sig\"}";

    CredentialInput input =
        read("{\"verifiableCredential\":"
                + enveloped.formatted("[\"" + VcEnvelope.VC2_CONTEXT + "\"]")
                + "}")
            .input();

    assertThat(input.text()).isEqualTo("eyJ.eyJ.sig");
    assertThat(input.mediaType()).contains("application/vc+jwt");
    for (String context :
        List.of(
            "\"https://www.w3.org/2018/credentials/v1\"", "[]", "{}", "[{\"@vocab\": \"x\"}]")) {
      assertThatThrownBy(
              () -> read("{\"verifiableCredential\":" + enveloped.formatted(context) + "}").input())
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.violations().get(0).rule()).isEqualTo("vc.envelope.context"));
    }
    String missing =
        "{\"type\": \"EnvelopedVerifiableCredential\", \"id\": \"data:application/vc+jwt,eyJ.eyJ.sig\"}";
    assertThatThrownBy(() -> read("{\"verifiableCredential\":" + missing + "}").input())
        .isInstanceOf(InvalidInputException.class);
  }
}
