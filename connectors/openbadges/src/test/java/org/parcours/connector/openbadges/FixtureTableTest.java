package org.parcours.connector.openbadges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcours.connector.openbadges.VerificationTest.outcome;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;

/**
 * The 1EdTech validator fixtures (openbadges3/validator-fixtures/expected-results.csv) with what
 * this connector reports. Where it differs from the upstream expectation the row says why.
 */
class FixtureTableTest {

  private static final Connector CONNECTOR = Fixtures.connector();
  private static final Recipient WORKER =
      new Recipient(Set.of("nobody@example.org"), Set.of(Fixtures.SUBJECT));

  @ParameterizedTest(name = "{0} -> {1} {2} ({3})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ob30/simple.json                 | VERIFIED | -                                    | upstream valid
          ob30/simple.1ob                  | VERIFIED | -                                    | upstream valid
          ob30/simple-json.png             | VERIFIED | -                                    | upstream valid (baked PNG)
          ob30/simple-json.svg             | VERIFIED | -                                    | upstream valid (baked SVG)
          ob30/simple-jwt.png              | UNKNOWN  | ISSUER UNKNOWN issuer.key-embedded   | upstream valid; our rule: a key embedded in the token proves no issuer
          ob30/simple-jwt.svg              | UNKNOWN  | ISSUER UNKNOWN issuer.key-embedded   | upstream valid; same rule
          ob30/simple-did-key-method.json  | FAILED   | SIGNATURE FAILED context.unknown     | upstream valid; its extensions.json context is not in the shared data, so not pinned
          ob30/simple-err-proof-value.json | FAILED   | SIGNATURE FAILED signature.invalid   | upstream invalid
          ob30/simple-err-proof-method-unknown-did-method.json | FAILED | SIGNATURE FAILED key.unresolvable | upstream invalid
          ob30/simple-err-proof-method-unknown-scheme.json | FAILED | SIGNATURE FAILED key.unresolvable | upstream invalid
          ob30/simple-err-proof-method-no-scheme.json | FAILED | SIGNATURE FAILED key.unresolvable | upstream invalid
          ob30/simple-err-expired.json     | FAILED   | DATES FAILED dates.expired           | upstream invalid
          ob30/simple-err-context.json     | FAILED   | SIGNATURE FAILED canonicalization.undefined-term | upstream invalid (OB context missing)
          ob30/simple-err-type.json        | FAILED   | SIGNATURE FAILED canonicalization.undefined-term | upstream invalid (fatal)
          ob30/credential-status-revoked.json | FAILED | SIGNATURE UNKNOWN proof.unsupported | upstream revoked; Ed25519Signature2020 and 1EdTechRevocationList unsupported, fails its schema
          ob30/bit-string-list/credential-status-revoked.json | FAILED | STATUS FAILED status.revoked | upstream revoked
          ob30/bit-string-list/credential-status-revoked-blank-nodes.json | FAILED | STATUS FAILED status.revoked | upstream revoked
          ob30/sd/derivedcredential.json   | UNKNOWN  | SIGNATURE UNKNOWN proof.unsupported  | upstream valid; ecdsa-sd-2023 is not supported
          ob30/simple-multiple-proofs.json | UNKNOWN  | SIGNATURE UNKNOWN proof.unsupported  | upstream error; one proof has an unknown type
          ob20/simple.jwt                  | VERIFIED | -                                    | upstream valid
          ob20/simple-not-revoked.jwt      | VERIFIED | -                                    | upstream valid
          ob20/simple-revoked.jwt          | FAILED   | STATUS FAILED status.revoked         | upstream invalid
          ob20/basic-assertion-invalid-context.json | FAILED | SCHEMA FAILED schema.invalid  | upstream invalid
          ob20/basic-assertion-invalid-type.json | FAILED | SCHEMA FAILED schema.invalid     | upstream invalid
          clr20/simple.jwt                 | UNKNOWN  | ISSUER UNKNOWN issuer.key-embedded   | upstream valid; key embedded in the token
          """)
  void fixture(String fixture, String verdict, String check, String why) {
    VerificationReport report =
        CONNECTOR.verify(Fixtures.input("openbadges3/validator-fixtures/" + fixture), WORKER);
    assertThat(report.verdict().name()).as("%s: %s", fixture, report).isEqualTo(verdict);
    if (!check.equals("-")) {
      Aspect aspect = Aspect.valueOf(check.substring(0, check.indexOf(' ')));
      assertThat(outcome(report, aspect))
          .as("%s: %s", fixture, report)
          .isEqualTo(check.substring(check.indexOf(' ') + 1));
    }
  }
}
