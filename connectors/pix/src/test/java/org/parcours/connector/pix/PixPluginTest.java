package org.parcours.connector.pix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.parcours.connector.pix.Fixtures.CODE;
import static org.parcours.connector.pix.Fixtures.JSON_API;
import static org.parcours.connector.pix.Fixtures.lookup;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcours.plugin.Plugin;
import org.parcours.plugin.PluginContext;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.ParsedCredential.Skill;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;
import org.parcours.plugin.connector.VerificationReport.Outcome;
import org.parcours.plugin.connector.VerificationReport.Verdict;
import org.parcours.plugin.http.FetchException;
import org.parcours.plugin.testkit.ConnectorContract;
import org.parcours.plugin.testkit.TestingPluginContext;

class PixPluginTest extends ConnectorContract {

  private static final Recipient WORKER = new Recipient(Set.of("jean.bon@example.org"), Set.of());

  @Override
  protected Plugin plugin() {
    return new PixPlugin();
  }

  @Override
  protected TestingPluginContext context() {
    return Fixtures.serving(CODE, Fixtures.VALIDATED);
  }

  @Override
  protected List<CredentialInput> validSamples() {
    return List.of(CredentialInput.ofText(CODE), CredentialInput.ofText("  p-bbbcccdd\n"));
  }

  @Override
  protected Recipient sampleRecipient() {
    return WORKER;
  }

  /** A Pix certificate names a person by name only: the contract expects RECIPIENT unknown. */
  @Override
  protected boolean samplesNameTheWorker() {
    return false;
  }

  @Override
  protected List<CredentialInput> invalidSamples() {
    return List.of(
        CredentialInput.ofText("P-SUPERCODE"),
        CredentialInput.ofText("P-BBBCCCD"),
        CredentialInput.ofText("P-BBBCCCDD-23"),
        CredentialInput.ofText("P-AEIOUAEI"),
        CredentialInput.ofText("P-01BCCCDD"),
        CredentialInput.ofText("P-BBBC CCDD"));
  }

  private static Connector connector(PluginContext context) {
    return new PixPlugin().connectors().get(0).create(context);
  }

  private static VerificationReport verify(PluginContext context, String code) {
    return connector(context).verify(CredentialInput.ofText(code), WORKER);
  }

  private static Check check(VerificationReport report, Aspect aspect) {
    return report.check(aspect).orElseThrow(() -> new AssertionError(aspect + " in " + report));
  }

  @Test
  void theCodeIsLookedUpUnderTheConfiguredEndpoint() {
    TestingPluginContext context = context();

    VerificationReport report = verify(context, "p-bbbcccdd");

    assertThat(context.fetched())
        .containsExactly(URI.create("https://pix.test/api/shared-certifications/P-BBBCCCDD"));
    assertThat(check(report, Aspect.SIGNATURE).code()).isEqualTo("source.confirmed");
    assertThat(check(report, Aspect.ISSUER).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(check(report, Aspect.DATES).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(check(report, Aspect.STATUS).code()).isEqualTo("status.validated");
    assertThat(check(report, Aspect.SCHEMA).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(check(report, Aspect.RECIPIENT).outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(check(report, Aspect.RECIPIENT).detail()).contains("Jean Bon");
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void parseIsOfflineAndGivesAMinimalRecord() throws CredentialRejected {
    TestingPluginContext context = context();

    ParsedCredential parsed = connector(context).parse(CredentialInput.ofText(" p-bbbcccdd "));

    assertThat(context.fetched()).isEmpty();
    assertThat(parsed.id()).isEqualTo(CODE);
    assertThat(parsed.title()).isEqualTo("Certificat Pix P-BBBCCCDD");
    assertThat(parsed.issuer().name()).isEqualTo("Pix (GIP Pix)");
    assertThat(parsed.subject()).isNull();
    assertThat(parsed.skills()).isEmpty();
  }

  @Test
  void theRealFixtureCodeMatchesTheStrictFormat() {
    assertThat(CODE).matches("^P-[2346789BCDFGHJKMPQRTVWXY]{8}$");
    assertThat(Fixtures.VALIDATED).isNotEqualTo(Fixtures.REJECTED);
  }

  @Test
  void aCodeOfTheWrongFormatIsRefusedAtOnceWithTheExpectedFormat() {
    Connector connector = connector(context());
    for (String wrong : List.of("P-SUPERCODE", "p-bbbcccd", "P-BBBCCCDD-23", "P-AAAAAAAA")) {
      CredentialInput input = CredentialInput.ofText(wrong);
      assertThat(connector.accepts(input)).as(wrong).isTrue();

      CredentialRejected rejected =
          catchThrowableOfType(CredentialRejected.class, () -> connector.parse(input));

      assertThat(rejected).as(wrong).isNotNull();
      assertThat(rejected.code()).isEqualTo("pix.code.format");
      assertThat(rejected.getMessage()).contains("P-XXXXXXXX").contains("2346789BCDFGHJKMPQRTVWXY");
    }
    assertThat(connector.accepts(CredentialInput.ofText("{\"type\":\"x\"}"))).isFalse();
    assertThat(connector.accepts(CredentialInput.ofText("P-" + "B".repeat(100)))).isFalse();
  }

  @Test
  void theSixteenCompetencesInTheirFiveAreasAndCleaAreEstablished() {
    VerificationReport report = verify(Fixtures.serving(CODE, Fixtures.SIXTEEN), CODE);

    ParsedCredential record = report.establishedRecord().orElseThrow();
    assertThat(record.title()).isEqualTo("Certification Pix — 301 pix");
    assertThat(record.issuedOn()).isEqualTo(Instant.parse("2018-12-01T01:02:03Z"));
    assertThat(record.subject()).isEqualTo("Jean Bon");
    assertThat(record.description())
        .contains("Centre de certification : L’univeristé du Pix")
        .contains("Niveau maximal atteignable à la date de la certification : 5");
    List<Skill> pix = record.skills().stream().filter(s -> "Pix".equals(s.framework())).toList();
    assertThat(pix).hasSize(16);
    assertThat(pix)
        .extracting(Skill::code)
        .doesNotHaveDuplicates()
        .allMatch(c -> c.startsWith("rec"));
    assertThat(pix)
        .contains(
            new Skill(
                "1.1 Mener une recherche et une veille d’information"
                    + " (domaine 1. Information et données)",
                "Pix",
                "recsvLz0W2ShyfD63",
                "2"),
            new Skill(
                "5.2 Construire un environnement numérique (domaine 5. Environnement numérique)",
                "Pix",
                "recudHE5Omrr10qrx",
                "3"),
            new Skill(
                "3.4 Programmer (domaine 3. Création de contenu)",
                "Pix",
                "rece6jYwH4WEw549z",
                "non certifiée"));
    for (String area :
        List.of(
            "1. Information et données",
            "2. Communication et collaboration",
            "3. Création de contenu",
            "4. Protection et sécurité",
            "5. Environnement numérique")) {
      assertThat(pix).anyMatch(s -> s.name().endsWith("(domaine " + area + ")"));
    }
    assertThat(record.skills())
        .filteredOn(s -> "CléA".equals(s.framework()))
        .containsExactly(new Skill("CléA Numérique", "CléA", "CLEA", "acquired"));
  }

  @Test
  void theRealFixtureIsRejectedSoItsStatusFails() {
    VerificationReport report = verify(Fixtures.serving(CODE, Fixtures.REJECTED), CODE);

    assertThat(check(report, Aspect.STATUS).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(check(report, Aspect.STATUS).code()).isEqualTo("status.rejected");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
    ParsedCredential record = report.establishedRecord().orElseThrow();
    assertThat(record.title()).isEqualTo("Certification Pix — 23 pix");
    assertThat(record.skills())
        .extracting(Skill::code)
        .containsExactly("recsvLz0W2ShyfD63", "recNv8qhaY887jQb2", "recIkYm646lrGvLNT", "CLEA");
    assertThat(record.skills().get(3).level()).isEqualTo("not_passed");
  }

  @Test
  void aCancelledCertificateFailsItsStatus() {
    String cancelled =
        Fixtures.REJECTED.replace("\"status\": \"rejected\"", "\"status\": \"cancelled\"");

    VerificationReport report = verify(Fixtures.serving(CODE, cancelled), CODE);

    assertThat(check(report, Aspect.STATUS).code()).isEqualTo("status.cancelled");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void theNewerPublicShapeWithoutStatusIsReadToo() {
    String shared =
        Fixtures.SIXTEEN
            .replace("\"status\": \"validated\",", "\"global-level-label\": \"Indépendant 1\",")
            .replace("\"date\": ", "\"certification-date\": ")
            .replace(
                "\"clea-certification-status\": \"acquired\",",
                "\"acquired-complementary-certification\": {\"label\": \"CléA Numérique by Pix\"},");

    VerificationReport report = verify(Fixtures.serving(CODE, shared), CODE);

    assertThat(check(report, Aspect.STATUS).code()).isEqualTo("status.shared");
    ParsedCredential record = report.establishedRecord().orElseThrow();
    assertThat(record.title()).isEqualTo("Certification Pix — 301 pix — niveau Indépendant 1");
    assertThat(record.skills())
        .filteredOn(s -> "CléA".equals(s.framework()))
        .containsExactly(new Skill("CléA Numérique", "CléA", "CLEA", "acquired"));
  }

  @Test
  void anUnreachableEndpointGivesUnknownNeverAFakeSuccess() {
    VerificationReport report = verify(Fixtures.context(), "P-BBBCCCDF");

    assertThat(check(report, Aspect.SIGNATURE).outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(check(report, Aspect.SIGNATURE).code()).isEqualTo("source.unreachable");
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(report.establishedRecord()).isEmpty();
  }

  @Test
  void anUnknownCodeThatPixAnswers404ForFails() {
    String pixNotFound =
        "{\"errors\":[{\"status\":\"404\",\"title\":\"Not Found\","
            + "\"detail\":\"Il n'y a pas de certification avec ce code\"}]}";
    PluginContext context =
        new ScriptedContext(Fixtures.context())
            .answer(lookup("P-BBBCCCDF"), 404, JSON_API, pixNotFound);

    VerificationReport report = verify(context, "P-BBBCCCDF");

    assertThat(check(report, Aspect.SIGNATURE).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(check(report, Aspect.SIGNATURE).code()).isEqualTo("certificate.not-found");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(report.establishedRecord()).isEmpty();
  }

  @Test
  void a404WithoutAPixErrorSaysTheLookupIsMisconfiguredNotThatTheCertificateIsFalse() {
    PluginContext context =
        new ScriptedContext(Fixtures.context())
            .answer(
                lookup(CODE),
                404,
                "application/json",
                "{\"statusCode\":404,\"error\":\"Not Found\",\"message\":\"Not Found\"}");

    VerificationReport report = verify(context, CODE);

    assertThat(check(report, Aspect.SIGNATURE).code()).isEqualTo("source.unexpected-answer");
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void aServerErrorGivesUnknown() {
    PluginContext context =
        new ScriptedContext(Fixtures.context())
            .answer(lookup(CODE), 503, "text/html", "<h1>x</h1>");

    VerificationReport report = verify(context, CODE);

    assertThat(check(report, Aspect.SIGNATURE).code()).isEqualTo("source.unavailable");
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void theCertificateOfAnotherCodeFails() {
    VerificationReport report =
        verify(Fixtures.serving("P-BBBCCCDF", Fixtures.VALIDATED), "P-BBBCCCDF");

    assertThat(check(report, Aspect.SIGNATURE).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(check(report, Aspect.SIGNATURE).code()).isEqualTo("certificate.other-code");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(report.establishedRecord()).isEmpty();
  }

  @Test
  void anAnswerRedirectedAwayFromTheEndpointFails() {
    PluginContext context =
        new ScriptedContext(Fixtures.context())
            .answer(
                lookup(CODE),
                URI.create("https://pix.example.invalid/api/shared-certifications/P-BBBCCCDD"),
                200,
                JSON_API,
                Fixtures.VALIDATED);

    VerificationReport report = verify(context, CODE);

    assertThat(check(report, Aspect.SIGNATURE).code()).isEqualTo("source.elsewhere");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(report.establishedRecord()).isEmpty();
  }

  @Test
  void malformedJsonOrAnUnexpectedShapeFailsTheSchema() {
    List<String> bad =
        List.of(
            "{\"data\":",
            "<html>Pix</html>",
            "{\"data\":{\"type\":\"certifications\",\"id\":\"1\",\"id\":\"2\"}}",
            "[1,2]",
            "{\"data\":{\"type\":\"users\",\"attributes\":{}}}",
            Fixtures.VALIDATED.replace("\"pix-score\": 23", "\"pix-score\": \"23\""),
            Fixtures.VALIDATED.replace(
                "\"date\": \"2018-12-01T01:02:03.000Z\"", "\"date\": \"hier\""),
            Fixtures.VALIDATED.replace("\"included\"", "\"omitted\""),
            Fixtures.VALIDATED.replace(
                "\"type\": \"result-competence-trees\"\n", "\"type\": \"trees\"\n"),
            "[".repeat(5000) + "]".repeat(5000),
            // as deep as allowed: read, then refused for its shape
            "{\"data\":"
                + "[".repeat(BadDocument.MAX_DEPTH - 1)
                + "]".repeat(BadDocument.MAX_DEPTH - 1)
                + "}",
            "{\"data\":"
                + "[".repeat(BadDocument.MAX_DEPTH)
                + "]".repeat(BadDocument.MAX_DEPTH)
                + "}");
    for (String body : bad) {
      VerificationReport report = verify(Fixtures.serving(CODE, body), CODE);

      assertThat(check(report, Aspect.SCHEMA).outcome()).as(body).isEqualTo(Outcome.FAILED);
      assertThat(check(report, Aspect.SCHEMA).code())
          .as(body)
          .isIn("pix.document.malformed", "pix.document.shape");
      assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
      assertThat(report.establishedRecord()).isEmpty();
    }
  }

  @Test
  void anAnswerTooLargeForTheHostGivesUnknown() {
    PluginContext context =
        new ScriptedContext(Fixtures.context()).fail(lookup(CODE), FetchException.Reason.TOO_LARGE);

    VerificationReport report = verify(context, CODE);

    assertThat(check(report, Aspect.SIGNATURE).code()).isEqualTo("source.too-large");
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void aCertificationDatedInTheFutureFailsItsDates() {
    TestingPluginContext context =
        Fixtures.serving(CODE, Fixtures.VALIDATED).at(Instant.parse("2018-06-01T00:00:00Z"));

    VerificationReport report = verify(context, CODE);

    assertThat(check(report, Aspect.DATES).code()).isEqualTo("dates.future");
  }

  @Test
  void theConfigurationIsCheckedWhenTheConnectorIsCreated() {
    assertThatThrownBy(() -> connector(Fixtures.context().set("endpoint", "http://pix.fr/api")))
        .hasMessageContaining("endpoint");
    assertThatThrownBy(() -> connector(Fixtures.context().set("endpoint", "ftp://pix.fr/api")))
        .hasMessageContaining("endpoint");
    assertThatThrownBy(
            () -> connector(Fixtures.context().set("lookup-path", "/certificates?c={code}")))
        .hasMessageContaining("lookup-path");
    assertThatThrownBy(() -> connector(Fixtures.context().set("lookup-path", "/{code}/{code}")))
        .hasMessageContaining("lookup-path");
    assertThatThrownBy(() -> connector(new TestingPluginContext(PixPlugin.class)))
        .hasMessageContaining("endpoint");

    TestingPluginContext slash =
        Fixtures.serving(CODE, Fixtures.VALIDATED).set("endpoint", "https://pix.test/api/");
    assertThat(check(verify(slash, CODE), Aspect.SIGNATURE).outcome()).isEqualTo(Outcome.PASSED);

    TestingPluginContext local =
        Fixtures.context()
            .set("endpoint", "http://localhost:8080/api")
            .set("lookup-path", "/certificates/{code}.json");
    verify(local, CODE);
    assertThat(local.fetched())
        .containsExactly(URI.create("http://localhost:8080/api/certificates/P-BBBCCCDD.json"));
  }

  @Test
  void withoutACodeInThePathTheCodeIsPostedAsPixsOwnApiTakesIt() {
    TestingPluginContext pix =
        Fixtures.context()
            .set("lookup-path", "/shared-certifications")
            .serve(
                URI.create("https://pix.test/api/shared-certifications"),
                "application/vnd.api+json",
                Fixtures.VALIDATED.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(check(verify(pix, CODE), Aspect.SIGNATURE).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(pix.posted()).containsExactly("{\"verificationCode\":\"" + CODE + "\"}");
  }

  @Test
  void everyReasonCodeHasAFrenchAndAnEnglishText() {
    List<VerificationReport> reports = new ArrayList<>();
    reports.add(verify(Fixtures.serving(CODE, Fixtures.SIXTEEN), CODE));
    reports.add(verify(Fixtures.serving(CODE, Fixtures.REJECTED), CODE));
    reports.add(verify(Fixtures.serving("P-BBBCCCDF", Fixtures.VALIDATED), "P-BBBCCCDF"));
    reports.add(verify(Fixtures.serving(CODE, "{"), CODE));
    reports.add(verify(Fixtures.serving(CODE, "{}"), CODE));
    reports.add(verify(Fixtures.context(), CODE));
    reports.add(verify(Fixtures.context(), "P-SUPERCODE"));
    reports.add(
        verify(
            Fixtures.serving(CODE, Fixtures.VALIDATED).at(Instant.parse("2000-01-01T00:00:00Z")),
            CODE));
    var french = context().messages(Locale.FRENCH);
    var english = context().messages(Locale.ENGLISH);

    assertThat(english.keySet()).isEqualTo(french.keySet());
    reports.stream()
        .flatMap(r -> r.checks().stream())
        .forEach(c -> {
          assertThat(french.getString(c.code())).as(c.code()).isNotBlank();
          assertThat(english.getString(c.code()))
              .as(c.code())
              .isNotEqualTo(french.getString(c.code()));
        });
    for (String key : french.keySet()) {
      assertThat(french.getString(key)).as(key).isNotBlank();
      assertThat(english.getString(key)).as(key).isNotEqualTo(french.getString(key));
    }
  }
}
