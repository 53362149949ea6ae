package org.parcours.connector.openbadges;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.connector.openbadges.issuer.Ed25519Key;
import org.parcours.connector.openbadges.issuer.VcJwtSigner;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Verdict;
import org.parcours.plugin.testkit.TestingPluginContext;

/**
 * A CLR 2.0 bundle, itself signed (VC-JWT by a did:key), holding the OB 3.0 implementation-guide
 * credential: the bundle is only as good as what it bundles.
 */
class ClrTest {

  private static final String INNER =
      "openbadges3/test-vector-eddsa-rdfc-2022/credential-signed.json";

  private final Connector connector = Fixtures.connector();

  private static CredentialInput clr(JsonObject inner) {
    String did = "did:key:" + Fixtures.TEST_KEY;
    Ed25519Key key = Ed25519Key.fromMultibase(Fixtures.TEST_SECRET, did + "#" + Fixtures.TEST_KEY);
    var json = StrictJson.provider();
    JsonObject clr =
        json.createObjectBuilder()
            .add(
                "@context",
                json.createArrayBuilder()
                    .add("https://www.w3.org/ns/credentials/v2")
                    .add("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"))
            .add("id", "urn:uuid:6a7c6f3e-1c36-4f2b-9a3f-cc1f2f1a0b11")
            .add("type", json.createArrayBuilder().add("VerifiableCredential").add("ClrCredential"))
            .add("issuer", json.createObjectBuilder().add("id", did).add("name", "Parcours"))
            .add("name", "Learner record")
            .add("validFrom", "2020-01-01T00:00:00Z")
            .add(
                "credentialSubject",
                json.createObjectBuilder()
                    .add("id", Fixtures.SUBJECT)
                    .add("type", json.createArrayBuilder().add("ClrSubject"))
                    .add("verifiableCredential", json.createArrayBuilder().add(inner)))
            .build();
    return CredentialInput.ofText(new VcJwtSigner(key).sign(clr));
  }

  private static List<String> checks(VerificationReport report) {
    return report.checks().stream()
        .map(c -> c.aspect() + " " + c.outcome() + " " + c.code())
        .toList();
  }

  @Test
  void aBundleOfVerifiedCredentialsIsVerified() {
    VerificationReport report =
        connector.verify(clr(VerificationTest.object(INNER)), Fixtures.subject());
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.VERIFIED);
    assertThat(checks(report)).contains("SIGNATURE PASSED clr.nested-verified");
  }

  @Test
  void aTamperedBundledCredentialFailsTheBundle() throws Exception {
    JsonObject tampered =
        org.parcours.connector.openbadges.crypto.Limits.JSON.object(
            Fixtures.text(INNER).replace("\"Teamwork\"", "\"Teamwork!\""));
    VerificationReport report = connector.verify(clr(tampered), Fixtures.subject());
    // the bundle's own signature is fine; what it carries is not
    assertThat(VerificationTest.outcome(report, Aspect.SIGNATURE))
        .isEqualTo("PASSED signature.valid");
    assertThat(checks(report)).contains("SIGNATURE FAILED clr.nested-invalid");
    assertThat(report.checks())
        .filteredOn(c -> c.code().equals("clr.nested-invalid"))
        .singleElement()
        .satisfies(c -> assertThat(c.detail()).contains("signature.invalid"));
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void aBundledCredentialWhoseKeyCannotBeFetchedLeavesTheBundleUnknown() {
    TestingPluginContext offline =
        new TestingPluginContext(OpenBadgesPlugin.class)
            .set(OpenBadgesConnectorFactory.DATA_DIR, Fixtures.data().toString());
    VerificationReport report =
        Fixtures.connector(offline).verify(clr(VerificationTest.object(INNER)), Fixtures.subject());
    assertThat(checks(report)).contains("SIGNATURE UNKNOWN clr.nested-unverified");
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
  }
}
