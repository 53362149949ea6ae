package org.parcours.connector.openbadges;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcours.connector.openbadges.crypto.Limits;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.testkit.TestingPluginContext;

/**
 * The 1EdTech validator fixtures (openbadges3/validator-fixtures/expected-results.csv) with what
 * this connector reports: the verdict and the checks a worker would read. Where it differs from the
 * upstream expectation the row says why.
 *
 * <p>Offline stand-ins for what the issuers publish: the controller documents the fixtures' https
 * verification methods name (each publishing the keys the fixtures use), the 1EdTech status list,
 * the OB 2.0 {@code assets/} documents and, for a row marked {@code hosted}, the OB 2.0 assertion
 * itself at its own id (as its issuer hosts it).
 */
class FixtureTableTest {

  private static final String FIXTURES = "openbadges3/validator-fixtures/";

  /** Every row of expected-results.csv appears below, decided or with a reason. */
  private static final String TABLE =
      """
      ob30/simple.json                 | -      | VERIFIED | -                                    | upstream valid
      ob30/simple.1ob                  | -      | VERIFIED | -                                    | upstream valid
      ob30/simple_v1.json              | -      | UNKNOWN  | SIGNATURE UNKNOWN proof.unsupported; SCHEMA UNKNOWN schema.vc11 | upstream warning; VC 1.1 context: first-edition OB 3.0, not judged by the pinned 3.0.3 schema; Ed25519Signature2020 is not supported
      ob30/simple-did-key-method.json  | -      | FAILED   | SIGNATURE FAILED context.unknown     | upstream valid; its extensions.json context is not in the shared data, so not pinned
      ob30/simple-did-web-method.json  | -      | FAILED   | SIGNATURE PASSED signature.valid; ISSUER PASSED issuer.controller; RECIPIENT FAILED recipient.mismatch | upstream test disabled; verifies, but names another subject than the worker
      ob30/simple-multiple-proofs.json | -      | UNKNOWN  | SIGNATURE UNKNOWN proof.unsupported  | upstream error; one proof has an unknown type
      ob30/simple-json.png             | -      | VERIFIED | -                                    | upstream valid (baked PNG)
      ob30/simple-jwt.png              | -      | UNKNOWN  | SIGNATURE PASSED signature.valid; ISSUER UNKNOWN issuer.key-embedded | upstream valid; our rule: a key embedded in the token proves no issuer
      ob30/velocity.jwt                | -      | FAILED   | SIGNATURE FAILED key.unresolvable    | upstream invalid; did:velocity is not a supported DID method
      ob30/simple-jwt_v1.png           | -      | UNKNOWN  | ISSUER UNKNOWN issuer.key-embedded; SCHEMA UNKNOWN schema.vc11 | upstream warning; VC 1.1 context: first-edition OB 3.0, not judged by the pinned 3.0.3 schema
      ob30/simple-json.svg             | -      | VERIFIED | -                                    | upstream valid (baked SVG)
      ob30/simple-jwt.svg              | -      | UNKNOWN  | ISSUER UNKNOWN issuer.key-embedded   | upstream valid; same rule
      ob30/simple-jwt_v1.svg           | -      | UNKNOWN  | ISSUER UNKNOWN issuer.key-embedded; SCHEMA UNKNOWN schema.vc11 | upstream warning; VC 1.1 context: first-edition OB 3.0, not judged by the pinned 3.0.3 schema
      ob30/simple-err-type.json        | -      | FAILED   | SIGNATURE FAILED canonicalization.undefined-term | upstream invalid (fatal)
      ob30/simple-err-proof-method.json | -     | FAILED   | SIGNATURE FAILED key.unresolvable    | upstream invalid; the issuer publishes no such key
      ob30/simple-err-proof-method-no-scheme.json | - | FAILED | SIGNATURE FAILED key.unresolvable | upstream invalid
      ob30/simple-err-proof-method-unknown-scheme.json | - | FAILED | SIGNATURE FAILED key.unresolvable | upstream invalid
      ob30/simple-err-proof-method-unknown-did-method.json | - | FAILED | SIGNATURE FAILED key.unresolvable | upstream invalid
      ob30/simple-err-proof-value.json | -      | FAILED   | SIGNATURE FAILED signature.invalid   | upstream invalid
      ob30/simple-err-expired.json     | -      | FAILED   | SIGNATURE PASSED signature.valid; DATES FAILED dates.expired | upstream invalid
      ob30/simple-err-context.json     | -      | FAILED   | SIGNATURE FAILED canonicalization.undefined-term; SCHEMA FAILED schema.invalid | upstream invalid (OB context missing)
      ob30/simple-context-alias.json   | -      | VERIFIED | -                                    | upstream valid
      ob30/simple-context-version.json | -      | VERIFIED | -                                    | upstream: context probe only; 3.0.2 and 3.0.3 contexts are both pinned
      ob30/simple-err-issuer.json      | -      | FAILED   | ISSUER FAILED issuer.missing; SCHEMA FAILED schema.invalid | upstream invalid (JSON Schema)
      ob30/simple-err-credential-subject-type.json | - | FAILED | SIGNATURE FAILED canonicalization.undefined-term; SCHEMA FAILED schema.invalid | upstream invalid
      ob30/simple-err-credential-subject-identifier-type.json | - | FAILED | SIGNATURE FAILED canonicalization.undefined-term; SCHEMA FAILED schema.invalid | upstream invalid
      ob30/simple-err-credential-subject-result-type.json | - | FAILED | SIGNATURE FAILED canonicalization.undefined-term; SCHEMA FAILED schema.invalid | upstream invalid
      ob30/simple-err-credential-subject-achievement-result-description-type.json | - | FAILED | SIGNATURE FAILED canonicalization.undefined-term; SCHEMA FAILED schema.invalid | upstream invalid
      ob30/simple-err-credential-subject-profile-type.json | - | FAILED | SIGNATURE FAILED canonicalization.undefined-term; SCHEMA FAILED schema.invalid | upstream invalid
      ob30/simple-err-evidence-type.json | -    | FAILED   | SIGNATURE FAILED canonicalization.undefined-term; SCHEMA FAILED schema.invalid | upstream invalid
      ob30/simple-err-issuer-type.json | -      | FAILED   | SIGNATURE FAILED canonicalization.undefined-term; SCHEMA FAILED schema.invalid | upstream invalid
      ob30/simple-err-issuer-parentorg-type.json | - | FAILED | SIGNATURE FAILED canonicalization.undefined-term; SCHEMA FAILED schema.invalid | upstream invalid
      ob30/simple-err-issuer-otheridentifier-type.json | - | FAILED | SIGNATURE FAILED canonicalization.undefined-term; SCHEMA FAILED schema.invalid | upstream invalid
      ob30/simple-err-issued.json      | -      | FAILED   | SIGNATURE PASSED signature.valid; DATES FAILED dates.not-yet-valid; SCHEMA FAILED schema.invalid | upstream invalid (issued in 2040)
      ob30/complete.json               | -      | FAILED   | SIGNATURE FAILED context.unknown; SCHEMA PASSED schema.valid | upstream: inline schema probe only; extensions.json context not pinned
      ob30/complete_v1.json            | -      | FAILED   | DATES FAILED dates.expired; SCHEMA UNKNOWN schema.vc11 | upstream: inline schema probe only; expired in 2020, VC 1.1 context
      ob30/credential-status-revoked.json | -   | FAILED   | SIGNATURE UNKNOWN proof.unsupported; STATUS UNKNOWN status.unsupported; SCHEMA UNKNOWN schema.vc11 | upstream revoked; Ed25519Signature2020 and 1EdTechRevocationList unsupported, fails its schema
      ob30/simple-eddsa-2022.json      | -      | FAILED   | SIGNATURE UNKNOWN proof.unsupported; SCHEMA UNKNOWN schema.vc11; RECIPIENT FAILED recipient.mismatch | upstream warning; the draft cryptosuite eddsa-2022 is not supported, VC 1.1 context
      ob30/bit-string-list/credential-status-revoked.json | - | FAILED | STATUS FAILED status.revoked | upstream revoked
      ob30/bit-string-list/credential-status-revoked-blank-nodes.json | - | FAILED | STATUS FAILED status.revoked | upstream revoked
      ob30/sd/derivedcredential.json   | -      | UNKNOWN  | SIGNATURE UNKNOWN proof.unsupported  | upstream valid; ecdsa-sd-2023 is not supported
      ob30/endorsement-valid.json      | -      | FAILED   | SIGNATURE FAILED context.unknown; SCHEMA PASSED schema.valid | upstream valid; extensions.json context not pinned
      ob30/endorsement-err-schema-status-refresh.json | - | FAILED | SCHEMA UNKNOWN schema.vc11; RECIPIENT FAILED recipient.mismatch | upstream invalid by the first-edition (VC 1.1) schema, which the shared data does not hold: not judged here
      ob30/bit-string-list/testlist    | -      | FAILED   | SIGNATURE PASSED signature.valid; ISSUER PASSED issuer.controller; RECIPIENT FAILED recipient.mismatch | upstream valid as a list; a status list is issued to no worker
      ob20/basic-assertion.json        | hosted | VERIFIED | SIGNATURE PASSED hosted.matches; ISSUER PASSED issuer.origin | upstream valid
      ob20/simple-badge.png            | hosted | VERIFIED | SIGNATURE PASSED hosted.matches; ISSUER PASSED issuer.origin | upstream valid (baked PNG)
      ob20/assets/badgeclass1.json     | -      | FAILED   | SCHEMA FAILED input.unrecognized     | upstream valid as a BadgeClass (compacted JSON-LD); no badge awarded to anyone
      ob20/basic-assertion-invalid-context.json | hosted | FAILED | SCHEMA FAILED schema.invalid | upstream invalid
      ob20/basic-assertion-invalid-type.json | hosted | FAILED | SCHEMA FAILED schema.invalid     | upstream invalid
      ob20/simple.jwt                  | -      | VERIFIED | SIGNATURE PASSED signature.valid; ISSUER PASSED issuer.controller | upstream valid
      ob20/simple-not-revoked.jwt      | -      | VERIFIED | STATUS PASSED status.active          | upstream valid
      ob20/simple-revoked.jwt          | -      | FAILED   | STATUS FAILED status.revoked         | upstream invalid
      ob20/assets/badge-with-data-image.json | - | FAILED  | SCHEMA FAILED input.not-an-assertion | upstream valid as a BadgeClass; no badge awarded to anyone
      ob20/assertion-with-data-image.json | hosted | VERIFIED | -                                | upstream invalid (data: image in an assertion); the image is not part of what we verify
      ob20/assets/badgeclass-with-complex-image.json | - | FAILED | SCHEMA FAILED input.not-an-assertion | upstream valid as a BadgeClass; no badge awarded to anyone
      ob20/assertion-with-endorsements.json | hosted | VERIFIED | -                              | upstream valid
      ob20/basic-assertion-no-public-key.json | hosted | VERIFIED | -                            | upstream valid
      ob20/issuer-compact-iri-validation.json | - | FAILED | SCHEMA FAILED input.not-an-assertion | upstream valid as an Issuer profile; no badge awarded to anyone
      ob20/basic-assertion-with-allowed-origins.json | hosted | VERIFIED | ISSUER PASSED issuer.origin | upstream valid
      ob20/basic-assertion-with-allowed-origins-valid-starts-with.json | hosted | VERIFIED | ISSUER PASSED issuer.origin | upstream valid
      ob20/basic-assertion-with-allowed-origins-invalid-starts-with.json | hosted | FAILED | ISSUER FAILED issuer.origin-mismatch | upstream invalid
      ob20/basic-assertion-with-allowed-origins-valid-multiple-starts-with.json | hosted | VERIFIED | ISSUER PASSED issuer.origin | upstream valid
      ob20/basic-assertion-with-allowed-origins-invalid-multiple-starts-with.json | hosted | FAILED | ISSUER FAILED issuer.origin-mismatch | upstream invalid
      ob20/basic-assertion-expired.json | hosted | FAILED   | SIGNATURE PASSED hosted.matches; DATES FAILED dates.expired | upstream invalid
      ob20/basic-assertion-expired-before-issued.json | hosted | FAILED | DATES FAILED dates.inconsistent | upstream invalid
      ob20/basic-assertion-in-future.json | hosted | FAILED | SIGNATURE PASSED hosted.matches; DATES FAILED dates.not-yet-valid | upstream invalid
      ob20/basic-assertion-with-language.json | hosted | VERIFIED | -                            | upstream valid
      ob20/assertion-with-extension-node-basic.json | hosted | VERIFIED | -                      | upstream valid
      ob20/assertion-with-multiple-extensions.json | hosted | VERIFIED | -                       | upstream valid
      ob20/assertion-with-extension-node-invalid.json | hosted | VERIFIED | -                    | upstream invalid; extensions are not validated against their own schemas, the assertion itself verifies
      ob20/warning-with-redirection.json | hosted | VERIFIED | -                                 | upstream warning (redirect); served directly here
      ob20/warning-issuer-non-http.json | hosted | UNKNOWN | SIGNATURE PASSED hosted.matches; ISSUER UNKNOWN issuer.unbound | upstream warning; a urn:uuid issuer has no origin to share with the hosting site
      clr20/simple.json                | -      | FAILED   | SIGNATURE FAILED context.unknown; SIGNATURE PASSED clr.nested-verified | upstream valid; the CLR 2.0 context is not in the shared data, so not pinned (the bundled credential verifies)
      clr20/simple_v1.json             | -      | FAILED   | SIGNATURE UNKNOWN proof.unsupported; SIGNATURE UNKNOWN clr.nested-unverified; RECIPIENT FAILED recipient.mismatch | upstream warning; Ed25519Signature2020, another subject
      clr20/simple.jwt                 | -      | UNKNOWN  | SIGNATURE PASSED signature.valid; ISSUER UNKNOWN issuer.key-embedded; SIGNATURE UNKNOWN clr.nested-unverified | upstream valid; keys embedded in the tokens
      """;

  private static final Recipient WORKER =
      new Recipient(Set.of("nobody@example.org"), Set.of(Fixtures.SUBJECT));

  private static final TestingPluginContext CONTEXT = context();
  private static final Connector CONNECTOR = Fixtures.connector(CONTEXT);

  private static TestingPluginContext context() {
    TestingPluginContext context = Fixtures.context();
    publish(
        context,
        "https://example.com/issuers/876543",
        Fixtures.TEST_KEY,
        "z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x",
        "z6MkvREVgsHx7Ppae68vCoByy73ZD4aMSJiPML2cryVL8JAx");
    publish(
        context,
        "https://1edtech.edu/issuers/565049",
        Fixtures.TEST_KEY,
        "z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x",
        "z6Mknyb2Gb4NxzW3xSr9ChTtdQZ1zs77piQ3r9SaJ9vMzmrs");
    publish(
        context,
        "https://state.gov/issuers/565049",
        "z6MkoMGF38Ck9xkdqrbZt4h9eHb1qc3GhAAkoSWa4Vy3SHRN");
    return context;
  }

  private static void publish(TestingPluginContext context, String controller, String... keys) {
    context.serve(
        URI.create(controller), "application/json", Fixtures.controllerDocument(controller, keys));
  }

  /** Serves an OB 2.0 assertion at its own id, as its issuer hosts it. */
  private static void host(CredentialInput input) throws Exception {
    String text = Inputs.decode(input).text();
    String id = StrictJson.string(Limits.JSON.object(text), "id");
    CONTEXT.serve(URI.create(id), "application/json", text.getBytes(StandardCharsets.UTF_8));
  }

  private static Stream<String> rows() {
    return TABLE.lines().filter(line -> !line.isBlank());
  }

  @ParameterizedTest(name = "{0} -> {2} {3} ({4})")
  @CsvSource(delimiter = '|', textBlock = TABLE)
  void fixture(String fixture, String hosting, String verdict, String checks, String why)
      throws Exception {
    CredentialInput input = Fixtures.input(FIXTURES + fixture);
    if (hosting.equals("hosted")) {
      host(input);
    }
    VerificationReport report = CONNECTOR.verify(input, WORKER);
    assertThat(report.verdict().name()).as("%s: %s", fixture, report).isEqualTo(verdict);
    if (!checks.equals("-")) {
      List<String> reported =
          report.checks().stream()
              .map(c -> c.aspect() + " " + c.outcome() + " " + c.code())
              .toList();
      for (String expected : checks.split(";")) {
        assertThat(reported).as("%s: %s", fixture, report).contains(expected.strip());
      }
    }
  }

  @Test
  void everyRowOfTheUpstreamTableIsDecided() throws Exception {
    Set<String> upstream =
        Files.readAllLines(Fixtures.file(FIXTURES + "expected-results.csv")).stream()
            .skip(1)
            .map(line -> line.substring(0, line.indexOf(',')))
            .collect(Collectors.toSet());
    Set<String> decided =
        rows()
            .map(line -> line.substring(0, line.indexOf('|')).strip())
            .collect(Collectors.toSet());
    assertThat(decided).containsAll(upstream);
    assertThat(upstream).hasSizeGreaterThan(70);
  }
}
