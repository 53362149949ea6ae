package org.parcours.connector.europass;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;
import org.parcours.plugin.connector.VerificationReport.Verdict;
import org.parcours.plugin.testkit.TestingPluginContext;

class VerificationTest {

  private static final Path ANF_SEAL =
      Fixtures.pem(Fixtures.jadesSigner(Fixtures.CERT_OF_PART_SIGNED));

  static String outcome(VerificationReport report, Aspect aspect) {
    Check check = check(report, aspect);
    return check.outcome() + " " + check.code();
  }

  static Check check(VerificationReport report, Aspect aspect) {
    return report.check(aspect).orElseThrow(() -> new AssertionError(aspect + " in " + report));
  }

  private static VerificationReport verify(
      TestingPluginContext context, CredentialInput input, Recipient recipient) {
    return Fixtures.connector(context).verify(input, recipient);
  }

  private static VerificationReport verify(
      TestingPluginContext context, String sample, Recipient recipient) {
    return verify(context, Fixtures.input(sample), recipient);
  }

  @Test
  void theEdcSamplesSealIsVerifiedWithTheCertificateItCarries() {
    VerificationReport report =
        verify(
            Fixtures.trusting(ANF_SEAL).at(Fixtures.WHILE_ANF_SEAL_VALID),
            Fixtures.CERT_OF_PART_SIGNED,
            Fixtures.ana());

    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("PASSED signature.valid");
    assertThat(check(report, Aspect.SIGNATURE).detail())
        .contains("RS256")
        .contains("CN=TEST SEAL")
        .contains("O=ORGANIZACION TEST");
    assertThat(outcome(report, Aspect.ISSUER)).isEqualTo("PASSED issuer.trusted");
    assertThat(check(report, Aspect.ISSUER).detail())
        .contains("CN=TEST SEAL")
        .contains("ANF AC Qualified Certificates for eSeal")
        .contains("valid from 2023-05-11T14:31:15Z to 2025-05-10T14:31:15Z")
        .contains("itself in the configured trust list")
        .contains("Revocation of the certificate is not checked");
    assertThat(outcome(report, Aspect.DATES)).isEqualTo("PASSED dates.valid");
    assertThat(outcome(report, Aspect.STATUS)).isEqualTo("NOT_APPLICABLE status.none");
    assertThat(outcome(report, Aspect.SCHEMA)).isEqualTo("PASSED schema.elm3");
    assertThat(outcome(report, Aspect.RECIPIENT)).isEqualTo("PASSED recipient.match");
    assertThat(report.verdict()).isEqualTo(Verdict.VERIFIED);
  }

  @Test
  void withoutATrustListTheSealIsCheckedButTheIssuerStaysUnknown() {
    // the EDC samples while their seal was valid; the degree certificate (sealed 2026) today
    for (String sample :
        new String[] {
          Fixtures.CERT_OF_PART_SIGNED, Fixtures.MICRO_SIGNED, Fixtures.DEGREE_SIGNED
        }) {
      TestingPluginContext context =
          sample.equals(Fixtures.DEGREE_SIGNED)
              ? Fixtures.context()
              : Fixtures.context().at(Fixtures.WHILE_ANF_SEAL_VALID);
      Recipient holder =
          sample.equals(Fixtures.DEGREE_SIGNED)
              ? Fixtures.recipient("peter.paravinja@netis.si")
              : Fixtures.ana();
      VerificationReport report = verify(context, sample, holder);

      assertThat(outcome(report, Aspect.SIGNATURE)).as(sample).isEqualTo("PASSED signature.valid");
      assertThat(outcome(report, Aspect.ISSUER))
          .as(sample)
          .isEqualTo("UNKNOWN issuer.no-trust-list");
      assertThat(check(report, Aspect.ISSUER).detail())
          .contains("chain not validated: no trust list configured")
          .doesNotContainIgnoringCase("verified");
      assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
    }
  }

  @Test
  void anExpiredSealCertificateIsNotTakenOnTheWordOfItsSigningTime() {
    // 2026-01-15: the ANF test seal expired on 2025-05-10; the seal says it was made in 2023.
    VerificationReport report =
        verify(Fixtures.trusting(ANF_SEAL), Fixtures.MICRO_SIGNED, Fixtures.ana());

    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("PASSED signature.valid");
    assertThat(outcome(report, Aspect.ISSUER)).isEqualTo("UNKNOWN issuer.certificate-expired");
    assertThat(check(report, Aspect.ISSUER).detail())
        .contains("expired on 2025-05-10T14:31:15Z")
        .contains("2023-09-27T11:54:17Z")
        .contains("timestamp tokens are not checked");
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void theThirdPartyDegreeCertificateSealIsBoundToItsIssuerButItsRevocationListIsNotConsulted() {
    Path velocert = Fixtures.pem(Fixtures.jadesSigner(Fixtures.DEGREE_SIGNED));
    VerificationReport report =
        verify(
            Fixtures.trusting(velocert),
            Fixtures.DEGREE_SIGNED,
            Fixtures.recipient("Peter.Paravinja@netis.si"));

    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("PASSED signature.valid");
    // the credential's eIDAS identifier 17207834 is the seal's organizationIdentifier
    // NTREE-17207834
    assertThat(outcome(report, Aspect.ISSUER)).isEqualTo("PASSED issuer.trusted");
    assertThat(check(report, Aspect.ISSUER).detail()).contains("CN=VELOCERT OU");
    assertThat(outcome(report, Aspect.STATUS)).isEqualTo("UNKNOWN status.not-checked");
    assertThat(outcome(report, Aspect.RECIPIENT)).isEqualTo("PASSED recipient.match");
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(Fixtures.context().fetched()).isEmpty();
  }

  @Test
  void aChangedCredentialFailsItsSeal() {
    String sealed = Fixtures.text(Fixtures.CERT_OF_PART_SIGNED);
    assertThat(sealed).contains("EDC Updates Webinar");
    String tampered = sealed.replace("EDC Updates Webinar", "EDC Updates Masterclass");

    VerificationReport report =
        verify(
            Fixtures.trusting(ANF_SEAL).at(Fixtures.WHILE_ANF_SEAL_VALID),
            Fixtures.input(tampered.getBytes(StandardCharsets.UTF_8)),
            Fixtures.ana());

    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("FAILED signature.invalid");
    assertThat(outcome(report, Aspect.ISSUER)).isEqualTo("UNKNOWN issuer.unverified");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void aChangedSignatureFailsToo() {
    String sealed = Fixtures.text(Fixtures.MICRO_SIGNED);
    int at = sealed.indexOf("\"signature\"");
    int value = sealed.indexOf('"', sealed.indexOf(':', at) + 1) + 10;
    char c = sealed.charAt(value);
    String tampered =
        sealed.substring(0, value) + (c == 'A' ? 'B' : 'A') + sealed.substring(value + 1);

    VerificationReport report =
        verify(
            Fixtures.context().at(Fixtures.WHILE_ANF_SEAL_VALID),
            Fixtures.input(tampered.getBytes(StandardCharsets.UTF_8)),
            Fixtures.ana());

    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("FAILED signature.invalid");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void aSealChainingToTheConfiguredRootIsVerified() {
    String credential =
        Fixtures.payload(Fixtures.CERT_OF_PART_SIGNED)
            .replace("VATES-A00000000", "VATFR-12345678901");
    String sealed = Fixtures.seal(credential, Fixtures.header("RS256"));

    VerificationReport report =
        verify(
            Fixtures.trusting(Fixtures.pki("root-ca.pem")).at(Fixtures.WHILE_TEST_PKI_VALID),
            Fixtures.input(sealed.getBytes(StandardCharsets.UTF_8)),
            Fixtures.ana());

    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("PASSED signature.valid");
    assertThat(outcome(report, Aspect.ISSUER)).isEqualTo("PASSED issuer.trusted");
    assertThat(check(report, Aspect.ISSUER).detail())
        .contains("CN=Cachet de test")
        .contains("chains to CN=Parcours Test Root CA");
    assertThat(report.verdict()).isEqualTo(Verdict.VERIFIED);
  }

  @Test
  void aSealOutsideTheTrustListIsNeverVerified() {
    String credential =
        Fixtures.payload(Fixtures.CERT_OF_PART_SIGNED)
            .replace("VATES-A00000000", "VATFR-12345678901");
    String sealed = Fixtures.seal(credential, Fixtures.header("RS256"));

    VerificationReport report =
        verify(
            Fixtures.trusting(Fixtures.pki("other-root-ca.pem")).at(Fixtures.WHILE_TEST_PKI_VALID),
            Fixtures.input(sealed.getBytes(StandardCharsets.UTF_8)),
            Fixtures.ana());

    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("PASSED signature.valid");
    assertThat(outcome(report, Aspect.ISSUER)).isEqualTo("UNKNOWN issuer.untrusted");
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void aSealOfAnotherOrganisationThanTheNamedIssuerFails() {
    // the credential still names VATES-A00000000; the test seal is VATFR-12345678901
    String sealed =
        Fixtures.seal(Fixtures.payload(Fixtures.CERT_OF_PART_SIGNED), Fixtures.header("RS256"));

    VerificationReport report =
        verify(
            Fixtures.trusting(Fixtures.pki("root-ca.pem")).at(Fixtures.WHILE_TEST_PKI_VALID),
            Fixtures.input(sealed.getBytes(StandardCharsets.UTF_8)),
            Fixtures.ana());

    assertThat(outcome(report, Aspect.ISSUER)).isEqualTo("FAILED issuer.seal-mismatch");
    assertThat(check(report, Aspect.ISSUER).detail())
        .contains("VATES-A00000000")
        .contains("VATFR-12345678901");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void forbiddenAlgorithmsAndUnknownCriticalParametersAreNotAccepted() {
    String credential = Fixtures.payload(Fixtures.CERT_OF_PART_SIGNED);
    TestingPluginContext context = Fixtures.context().at(Fixtures.WHILE_TEST_PKI_VALID);

    for (String alg : new String[] {"none", "HS256"}) {
      String sealed = Fixtures.seal(credential, Fixtures.header(alg));
      VerificationReport report =
          verify(context, Fixtures.input(sealed.getBytes(StandardCharsets.UTF_8)), Fixtures.ana());
      assertThat(outcome(report, Aspect.SIGNATURE)).as(alg).startsWith("FAILED ");
      assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
    }
    String detached =
        Fixtures.header("RS256")
            .replace("\"crit\":[\"b64\",\"sigT\"]", "\"crit\":[\"b64\",\"sigT\",\"sigD\"]")
            .replace(
                "\"x5c\"",
                "\"sigD\":{\"mId\":\"http://uri.etsi.org/19182/ObjectIdByURI\"},\"x5c\"");
    VerificationReport report =
        verify(
            context,
            Fixtures.input(Fixtures.seal(credential, detached).getBytes(StandardCharsets.UTF_8)),
            Fixtures.ana());
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("UNKNOWN signature.unsupported");
    assertThat(report.verdict()).isNotEqualTo(Verdict.VERIFIED);
  }

  @Test
  void anUnsignedCredentialIsNeverVerified() {
    for (String sample :
        new String[] {Fixtures.CERT_OF_PART, Fixtures.MICRO_UPLOADABLE, Fixtures.DEGREE}) {
      VerificationReport report =
          verify(
              Fixtures.trusting(ANF_SEAL).at(Fixtures.WHILE_ANF_SEAL_VALID),
              sample,
              Fixtures.ana());

      assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("UNKNOWN signature.missing");
      assertThat(outcome(report, Aspect.ISSUER)).isEqualTo("UNKNOWN issuer.unverified");
      assertThat(report.verdict()).as(sample).isNotEqualTo(Verdict.VERIFIED);
    }
  }

  @Test
  void theElm2XmlSealIsVerifiedWithTheJdk() {
    Path seal = Fixtures.pem(xmlSigner());
    VerificationReport report =
        verify(
            Fixtures.trusting(seal).at(Instant.parse("2022-12-01T00:00:00Z")),
            Fixtures.DIPLOMA_XML,
            Fixtures.recipient("ildiko.mazar@gmail.com"));

    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("PASSED signature.valid");
    assertThat(check(report, Aspect.SIGNATURE).detail()).contains("XAdES");
    // the presentation's issuer VATES-B00000000 is the seal's organizationIdentifier
    assertThat(outcome(report, Aspect.ISSUER)).isEqualTo("PASSED issuer.trusted");
    assertThat(check(report, Aspect.ISSUER).detail())
        .contains("CN=Nombre Servicio Sellado TEST")
        .contains("valid from 2021-05-05T16:31:00Z to 2023-05-05T16:31:00Z");
    assertThat(outcome(report, Aspect.DATES)).isEqualTo("PASSED dates.valid");
    assertThat(outcome(report, Aspect.SCHEMA)).isEqualTo("PASSED schema.elm2");
    assertThat(outcome(report, Aspect.RECIPIENT)).isEqualTo("PASSED recipient.match");
    assertThat(report.verdict()).isEqualTo(Verdict.VERIFIED);

    VerificationReport today =
        verify(Fixtures.context(), Fixtures.DIPLOMA_XML, Fixtures.recipient("x@example.org"));
    assertThat(outcome(today, Aspect.SIGNATURE)).isEqualTo("PASSED signature.valid");
    assertThat(outcome(today, Aspect.ISSUER)).isEqualTo("UNKNOWN issuer.no-trust-list");
    assertThat(outcome(today, Aspect.RECIPIENT)).isEqualTo("FAILED recipient.mismatch");
  }

  @Test
  void aChangedXmlCredentialFailsItsSeal() {
    String xml = Fixtures.text(Fixtures.DIPLOMA_XML);
    String tampered = xml.replace("Ana Andromeda", "Eve Andromeda");
    assertThat(tampered).isNotEqualTo(xml);

    VerificationReport report =
        verify(
            Fixtures.context(),
            Fixtures.input(tampered.getBytes(StandardCharsets.UTF_8)),
            Fixtures.ana());

    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("FAILED signature.invalid");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void datesAreCheckedAgainstTheContextClock() {
    VerificationReport expired = verify(Fixtures.context(), Fixtures.RDF_SAMPLE, Fixtures.ana());
    assertThat(outcome(expired, Aspect.DATES)).isEqualTo("FAILED dates.expired");

    VerificationReport early =
        verify(
            Fixtures.context().at(Instant.parse("2023-01-01T00:00:00Z")),
            Fixtures.CERT_OF_PART,
            Fixtures.ana());
    assertThat(outcome(early, Aspect.DATES)).isEqualTo("FAILED dates.not-yet-valid");

    String garbled =
        Fixtures.text(Fixtures.CERT_OF_PART)
            .replace("\"validFrom\":\"2023-06-28T14:30:00Z\"", "\"validFrom\":\"last summer\"");
    VerificationReport malformed =
        verify(
            Fixtures.context(),
            Fixtures.input(garbled.getBytes(StandardCharsets.UTF_8)),
            Fixtures.ana());
    assertThat(outcome(malformed, Aspect.DATES)).isEqualTo("FAILED dates.malformed");
  }

  @Test
  void aStrangerIsNotTheHolder() {
    VerificationReport report =
        verify(
            Fixtures.trusting(ANF_SEAL).at(Fixtures.WHILE_ANF_SEAL_VALID),
            Fixtures.CERT_OF_PART_SIGNED,
            Fixtures.recipient("camille@example.org"));

    assertThat(outcome(report, Aspect.RECIPIENT)).isEqualTo("FAILED recipient.mismatch");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
  }

  private static java.security.cert.X509Certificate xmlSigner() {
    String xml = Fixtures.text(Fixtures.DIPLOMA_XML);
    int start = xml.indexOf("<ds:X509Certificate>") + "<ds:X509Certificate>".length();
    int end = xml.indexOf("</ds:X509Certificate>", start);
    return Fixtures.certificate(
        java.util.Base64.getMimeDecoder().decode(xml.substring(start, end).strip()));
  }
}
