package org.parcours.connector.europass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Verdict;

/** Inputs made to hurt: each is refused with a code and a reason, never read, never a crash. */
class HostileInputTest {

  /** An external entity that would read the server's password file into the credential. */
  static final String XXE =
      "<?xml version=\"1.0\"?>\n"
          + "<!DOCTYPE europassCredential [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
          + "<europassCredential xmlns=\"http://data.europa.eu/snb\"><title>&xxe;</title>"
          + "</europassCredential>";

  /** Ten levels of ten entities each: a billion "lol"s from under a kilobyte. */
  static final String BILLION_LAUGHS = billionLaughs();

  private final Connector connector = Fixtures.connector();
  private final List<String> codes = new ArrayList<>();

  private static String billionLaughs() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    xml.append(" <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append(" <!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        xml.append("&lol").append(i - 1).append(';');
      }
      xml.append("\">\n");
    }
    xml.append("]>\n<europassCredential xmlns=\"http://data.europa.eu/snb\">")
        .append("<title>&lol9;</title></europassCredential>");
    return xml.toString();
  }

  private String rejectionCode(CredentialInput input) {
    CredentialRejected rejected =
        catchThrowableOfType(CredentialRejected.class, () -> connector.parse(input));
    assertThat(rejected).as("parse of %s", input).isNotNull();
    assertThat(rejected.getMessage()).isNotBlank();
    VerificationReport report = connector.verify(input, Fixtures.ana());
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
    codes.add(rejected.code());
    return rejected.code();
  }

  private static CredentialInput text(String text) {
    return CredentialInput.ofText(text);
  }

  @Test
  void anExternalEntityIsRefusedAndNothingIsRead() {
    CredentialRejected rejected =
        catchThrowableOfType(CredentialRejected.class, () -> connector.parse(text(XXE)));

    assertThat(rejected.code()).isEqualTo("xml.doctype");
    assertThat(rejected.getMessage()).contains("XXE").doesNotContain("root:");
    assertThat(connector.accepts(text(XXE))).isTrue();
    assertThat(rejectionCode(text(XXE))).isEqualTo("xml.doctype");
  }

  @Test
  void aDoctypeHiddenAfterALongCommentIsStillRefusedByTheParser() {
    String hidden =
        "<?xml version=\"1.0\"?>\n<!--" + " ".repeat(100_000) + "-->\n" + XXE.substring(22);

    assertThat(rejectionCode(text(hidden))).isEqualTo("xml.doctype");
  }

  @Test
  void theBillionLaughsAreRefusedAtOnce() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> assertThat(rejectionCode(text(BILLION_LAUGHS))).isEqualTo("xml.doctype"));
  }

  @Test
  void deepXmlIsRefused() {
    String deep =
        "<europassCredential xmlns=\"http://data.europa.eu/snb\">"
            + "<a>".repeat(5_000)
            + "</a>".repeat(5_000)
            + "</europassCredential>";

    assertThat(rejectionCode(text(deep))).isEqualTo("xml.too-deep");
  }

  @Test
  void malformedXmlIsRefused() {
    assertThat(rejectionCode(text("<europassCredential xmlns=\"http://data.europa.eu/snb\">")))
        .isEqualTo("xml.malformed");
    assertThat(rejectionCode(text("<html><body>EuropeanDigitalCredential</body></html>")))
        .isEqualTo("edc.not-edc");
  }

  @Test
  void anInputOverOneMebibyteIsRefusedBeforeReading() {
    String huge =
        "{\"type\":[\"EuropeanDigitalCredential\"],\"x\":\"" + "x".repeat(1024 * 1024) + "\"}";
    CredentialInput input = text(huge);

    assertThat(connector.accepts(input)).isTrue();
    assertThat(rejectionCode(input)).isEqualTo("input.too-large");
  }

  @Test
  void jsonAsDeepAsAllowedIsReadAndOneLevelDeeperIsRefused() {
    String edc = "{\"type\":[\"EuropeanDigitalCredential\"],\"issuer\":\"x\",\"a\":";
    int arrays = Inputs.MAX_JSON_DEPTH - 1; // inside the root object

    assertThat(rejectionCode(text(edc + "[".repeat(arrays) + "]".repeat(arrays) + "}")))
        .isEqualTo("edc.malformed");
    assertThat(rejectionCode(text(edc + "[".repeat(arrays + 1) + "]".repeat(arrays + 1) + "}")))
        .isEqualTo("json.too-deep");
  }

  @Test
  void wrongJsonIsRefusedWithItsReason() {
    assertThat(rejectionCode(text("{\"type\":\"EuropeanDigitalCredential\",\"a\":1,\"a\":2}")))
        .isEqualTo("json.duplicate-key");
    assertThat(rejectionCode(text("{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}")))
        .isEqualTo("json.too-deep");
    assertThat(rejectionCode(text("{\"type\":\"EuropeanDigitalCredential\"")))
        .isEqualTo("json.malformed");
    assertThat(rejectionCode(text("{\"type\":[\"VerifiableCredential\"],\"issuer\":\"x\"}")))
        .isEqualTo("edc.not-edc");
    assertThat(rejectionCode(text("{\"type\":[\"EuropeanDigitalCredential\"],\"issuer\":\"x\"}")))
        .isEqualTo("edc.malformed");
    assertThat(rejectionCode(text(""))).isEqualTo("input.empty");
    assertThat(rejectionCode(text("EuropeanDigitalCredential"))).isEqualTo("input.unrecognized");
    assertThat(
            rejectionCode(
                new CredentialInput(
                    new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png", "x.png", null)))
        .isEqualTo("input.unrecognized");
  }

  @Test
  void aMalformedSealIsRefused() {
    assertThat(rejectionCode(text("{\"payload\":\"{}\",\"signatures\":[]}")))
        .isEqualTo("jades.malformed");
    assertThat(
            rejectionCode(
                text(
                    "{\"payload\":\"{}\",\"signatures\":[{\"protected\":\"%%%\",\"signature\":\"x\"}]}")))
        .isEqualTo("jades.malformed");
    String header =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"RS256\",\"b64\":false}".getBytes(StandardCharsets.UTF_8));
    assertThat(
            rejectionCode(
                text(
                    "{\"payload\":\"{\\\"type\\\":\\\"VerifiableCredential\\\"}\",\"signatures\":"
                        + "[{\"protected\":\""
                        + header
                        + "\",\"signature\":\"x\"}]}")))
        .isEqualTo("edc.not-edc");
  }

  @Test
  void otherCredentialsAreLeftToOtherConnectors() {
    assertThat(
            connector.accepts(
                text(
                    "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
                        + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"]}")))
        .isFalse();
    assertThat(connector.accepts(text("P-BBBCCCDD"))).isFalse();
    assertThat(connector.accepts(text("eyJhbGciOiJub25lIn0.eyJ2YyI6MX0."))).isFalse();
  }

  @Test
  void everyReasonCodeHasAFrenchAndAnEnglishText() {
    anExternalEntityIsRefusedAndNothingIsRead();
    deepXmlIsRefused();
    malformedXmlIsRefused();
    anInputOverOneMebibyteIsRefusedBeforeReading();
    wrongJsonIsRefusedWithItsReason();
    aMalformedSealIsRefused();
    ResourceBundle french = Fixtures.context().messages(Locale.FRENCH);
    ResourceBundle english = Fixtures.context().messages(Locale.ENGLISH);

    assertThat(english.keySet()).isEqualTo(french.keySet());
    for (String code : codes) {
      assertThat(french.containsKey(code)).as(code).isTrue();
    }
    for (String key : french.keySet()) {
      assertThat(french.getString(key)).as(key).isNotBlank();
      assertThat(english.getString(key)).as(key).isNotEqualTo(french.getString(key));
    }
  }
}
