package org.parcours.connector.openbadges;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcours.connector.openbadges.crypto.Limits;
import org.parcours.connector.openbadges.issuer.DataIntegritySigner;
import org.parcours.connector.openbadges.issuer.Ed25519Key;
import org.parcours.connector.openbadges.issuer.VcJwtSigner;
import org.parcours.connector.openbadges.ld.Cryptosuites;
import org.parcours.connector.openbadges.ld.PinnedContexts;
import org.parcours.connector.openbadges.ld.Rdfc;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Verdict;
import org.parcours.plugin.testkit.TestingPluginContext;

class VerificationTest {

  private static final String VECTOR = "openbadges3/test-vector-eddsa-rdfc-2022/";
  private static final String OB30 = "openbadges3/validator-fixtures/ob30/";
  private static final String OB20 = "openbadges3/validator-fixtures/ob20/";

  private final Connector connector = Fixtures.connector();

  static String outcome(VerificationReport report, Aspect aspect) {
    return report.check(aspect).map(c -> c.outcome() + " " + c.code()).orElse("absent");
  }

  private VerificationReport verify(String relative) {
    return connector.verify(Fixtures.input(relative), Fixtures.subject());
  }

  private VerificationReport verifyText(String text) {
    return connector.verify(CredentialInput.ofText(text), Fixtures.subject());
  }

  // ---- OB 3.0 implementation-guide vector -------------------------------------------------

  @Test
  void implementationGuideVectorIsVerifiedAndRead() throws Exception {
    VerificationReport report = verify(VECTOR + "credential-signed.json");
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.VERIFIED);
    assertThat(outcome(report, Aspect.ISSUER)).isEqualTo("PASSED issuer.controller");
    assertThat(outcome(report, Aspect.SCHEMA)).isEqualTo("PASSED schema.valid");

    ParsedCredential parsed = connector.parse(Fixtures.input(VECTOR + "credential-signed.json"));
    assertThat(parsed.title()).isEqualTo("Teamwork");
    assertThat(parsed.issuer().name()).isEqualTo("Example Corp");
    assertThat(parsed.issuer().id()).isEqualTo("https://example.edu/issuers/565049");
    assertThat(parsed.issuer().url()).isEqualTo("https://www.imsglobal.org");
    assertThat(parsed.subject()).isEqualTo(Fixtures.SUBJECT);
    assertThat(parsed.validFrom()).isEqualTo(Fixtures.at("2010-01-01T00:00:00Z"));
  }

  @Test
  void oneChangedClaimBreaksTheSignature() {
    String tampered =
        Fixtures.text(VECTOR + "credential-signed.json").replace("\"Teamwork\"", "\"Teamwork!\"");
    assertThat(outcome(verifyText(tampered), Aspect.SIGNATURE))
        .isEqualTo("FAILED signature.invalid");
  }

  @Test
  void aSwappedContextIsRefusedAsUnknownNeverFetched() {
    TestingPluginContext context = Fixtures.context();
    String tampered =
        Fixtures.text(VECTOR + "credential-signed.json")
            .replace(
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                "https://evil.example/context.json");
    VerificationReport report =
        Fixtures.connector(context).verify(CredentialInput.ofText(tampered), Fixtures.subject());
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("FAILED context.unknown");
    assertThat(report.check(Aspect.SIGNATURE).orElseThrow().detail())
        .contains("unknown context https://evil.example/context.json");
    assertThat(context.fetched()).noneMatch(u -> u.getHost().equals("evil.example"));
  }

  @Test
  void anAlteredContextFileIsRefused() throws Exception {
    java.nio.file.Path copy = java.nio.file.Files.createTempDirectory("contexts");
    for (String dir : new String[] {"vc-contexts", "openbadges3/context"}) {
      java.nio.file.Files.createDirectories(copy.resolve(dir));
      try (var files = java.nio.file.Files.list(Fixtures.file(dir))) {
        for (var f : files.toList()) {
          java.nio.file.Files.copy(f, copy.resolve(dir).resolve(f.getFileName()));
        }
      }
    }
    var ob3 = copy.resolve("openbadges3/context/ob-v3p0-context-3.0.3.json");
    java.nio.file.Files.writeString(
        ob3, java.nio.file.Files.readString(ob3).replace("\"name\"", "\"nom\""));
    PinnedContexts contexts = PinnedContexts.load(copy);
    assertThat(contexts.refusal("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
        .get()
        .asString()
        .startsWith("altered context");
    assertThat(contexts.refusal("https://www.w3.org/ns/credentials/v2")).isEmpty();

    TestingPluginContext context =
        Fixtures.context().set(OpenBadgesConnectorFactory.DATA_DIR, copy.toString());
    VerificationReport report =
        Fixtures.connector(context)
            .verify(Fixtures.input(VECTOR + "credential-signed.json"), Fixtures.subject());
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("FAILED context.altered");
  }

  @Test
  void aFlippedProofValueIsRefused() {
    String signed = Fixtures.text(VECTOR + "credential-signed.json");
    String tampered = signed.replace("z5x9aCBYovW3CQCbKdNyhEm7ff", "z5x9aCBYovW3CQCbKdNyhEm7fg");
    assertThat(tampered).isNotEqualTo(signed);
    assertThat(outcome(verifyText(tampered), Aspect.SIGNATURE))
        .isEqualTo("FAILED signature.invalid");
  }

  @Test
  void aKeyOtherThanTheSignersIsRefused() {
    Ed25519Key other = Ed25519Key.generate("x");
    TestingPluginContext context = Fixtures.context();
    context.serve(
        URI.create("https://example.edu/issuers/565049"),
        "application/json",
        Fixtures.controllerDocument(
                "https://example.edu/issuers/565049", other.publicKeyMultibase())
            .clone());
    // the controller now publishes another key under the same id as the proof's method
    String tampered =
        Fixtures.text(VECTOR + "credential-signed.json")
            .replace(Fixtures.TEST_KEY, other.publicKeyMultibase());
    VerificationReport report =
        Fixtures.connector(context).verify(CredentialInput.ofText(tampered), Fixtures.subject());
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("FAILED signature.invalid");
  }

  @Test
  void anUnreachableKeyIsUnknownNeverValid() {
    TestingPluginContext context =
        new TestingPluginContext(OpenBadgesPlugin.class)
            .set(OpenBadgesConnectorFactory.DATA_DIR, Fixtures.data().toString());
    VerificationReport report =
        Fixtures.connector(context)
            .verify(Fixtures.input(VECTOR + "credential-signed.json"), Fixtures.subject());
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("UNKNOWN key.unreachable");
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void aCredentialPastItsValidUntilIsExpired() {
    TestingPluginContext context = Fixtures.context();
    VerificationReport report =
        Fixtures.connector(context)
            .verify(Fixtures.input(OB30 + "simple-err-expired.json"), Fixtures.subject());
    assertThat(outcome(report, Aspect.DATES)).isEqualTo("FAILED dates.expired");

    // re-signed by us with a validUntil, then checked with the clock before and after it
    JsonObject credential = object(VECTOR + "credential-unsigned.json");
    credential =
        StrictJson.provider()
            .createObjectBuilder(credential)
            .add("validUntil", "2030-01-01T00:00:00Z")
            .build();
    String signed = sign(credential).toString();
    assertThat(
            Fixtures.connector(Fixtures.context())
                .verify(CredentialInput.ofText(signed), Fixtures.subject())
                .verdict())
        .isEqualTo(Verdict.VERIFIED);
    VerificationReport later =
        Fixtures.connector(Fixtures.context().at(Fixtures.at("2030-06-01T00:00:00Z")))
            .verify(CredentialInput.ofText(signed), Fixtures.subject());
    assertThat(outcome(later, Aspect.DATES)).isEqualTo("FAILED dates.expired");
    assertThat(later.verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void bit23OfThe1EdTechStatusListRevokes() {
    VerificationReport report = verify(OB30 + "bit-string-list/credential-status-revoked.json");
    assertThat(outcome(report, Aspect.STATUS))
        .as(report.toString())
        .isEqualTo("FAILED status.revoked");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void anUnreachableStatusListIsUnknown() {
    TestingPluginContext context =
        new TestingPluginContext(OpenBadgesPlugin.class)
            .set(OpenBadgesConnectorFactory.DATA_DIR, Fixtures.data().toString());
    for (String c : Fixtures.CONTROLLERS) {
      context.serve(
          URI.create(c), "application/json", Fixtures.controllerDocument(c, Fixtures.TEST_KEY));
    }
    VerificationReport report =
        Fixtures.connector(context)
            .verify(
                Fixtures.input(OB30 + "bit-string-list/credential-status-revoked.json"),
                Fixtures.subject());
    assertThat(outcome(report, Aspect.STATUS)).isEqualTo("UNKNOWN status.unreachable");
    assertThat(report.verdict()).isNotEqualTo(Verdict.VERIFIED);
  }

  // ---- signing ------------------------------------------------------------------------------

  @Test
  void resigningTheGuideCredentialReproducesItsProofByteForByte() throws Exception {
    JsonObject signed = sign(object(VECTOR + "credential-unsigned.json"));
    JsonObject published = object(VECTOR + "credential-signed.json");
    assertThat(signed.getJsonObject("proof").getString("proofValue"))
        .isEqualTo(published.getJsonObject("proof").getString("proofValue"));
    assertThat(signed.getJsonObject("proof")).isEqualTo(published.getJsonObject("proof"));
  }

  @Test
  void canonicalNQuadsEqualThePublishedOnes() throws Exception {
    Rdfc rdfc = new Rdfc(PinnedContexts.load(Fixtures.data()));
    String canon =
        rdfc.canonicalize(
            object(VECTOR + "credential-unsigned.json"),
            Rdfc.Deadline.in(java.time.Duration.ofSeconds(5)));
    assertThat(canon).isEqualTo(Fixtures.text(VECTOR + "document-canon.nq"));
  }

  @Test
  void jcsSignedCredentialsVerify() throws Exception {
    Ed25519Key key =
        Ed25519Key.fromMultibase(
            Fixtures.TEST_SECRET, "https://example.edu/issuers/565049#" + Fixtures.TEST_KEY);
    DataIntegritySigner signer =
        new DataIntegritySigner(
            new Cryptosuites(new Rdfc(PinnedContexts.load(Fixtures.data()))), key);
    JsonObject signed =
        signer.sign(
            object(VECTOR + "credential-unsigned.json"),
            Fixtures.at("2024-01-01T00:00:00Z"),
            Cryptosuites.JCS);
    assertThat(verifyText(signed.toString()).verdict()).isEqualTo(Verdict.VERIFIED);
    String tampered = signed.toString().replace("Teamwork", "Teamwerk");
    assertThat(outcome(verifyText(tampered), Aspect.SIGNATURE))
        .isEqualTo("FAILED signature.invalid");
  }

  @Test
  void ourEdDsaVcJwtWithDidKeyVerifies() {
    String did = "did:key:" + Fixtures.TEST_KEY;
    Ed25519Key key = Ed25519Key.fromMultibase(Fixtures.TEST_SECRET, did + "#" + Fixtures.TEST_KEY);
    JsonObject credential =
        StrictJson.provider()
            .createObjectBuilder(object(VECTOR + "credential-unsigned.json"))
            .add(
                "issuer",
                StrictJson.provider()
                    .createObjectBuilder()
                    .add("id", did)
                    .add("type", StrictJson.provider().createArrayBuilder().add("Profile"))
                    .add("name", "Parcours"))
            .build();
    String jwt = new VcJwtSigner(key).sign(credential);
    VerificationReport report = verifyText(jwt);
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.VERIFIED);
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("PASSED signature.valid");
    String[] parts = jwt.split("\\.");
    String tampered =
        parts[0]
            + "."
            + b64(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("Teamwork", "Teamwerk"))
            + "."
            + parts[2];
    assertThat(outcome(verifyText(tampered), Aspect.SIGNATURE))
        .isEqualTo("FAILED signature.invalid");
  }

  @Test
  void es256VcJwtWithAnHttpsControllerDocumentVerifies() throws Exception {
    var ec =
        new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256)
            .keyID("key-1")
            .generate();
    String controller = "https://issuer.example/org";
    String method = controller + "#key-1";
    TestingPluginContext context = publishingJwk(controller, ec.toPublicJWK().toJSONString());
    JsonObject credential =
        StrictJson.provider()
            .createObjectBuilder(object(VECTOR + "credential-unsigned.json"))
            .add("issuer", controller)
            .build();
    var jws =
        new com.nimbusds.jose.JWSObject(
            new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.ES256)
                .keyID(method)
                .build(),
            new com.nimbusds.jose.Payload(credential.toString()));
    jws.sign(new com.nimbusds.jose.crypto.ECDSASigner(ec));
    VerificationReport report =
        Fixtures.connector(context)
            .verify(CredentialInput.ofText(jws.serialize()), Fixtures.subject());
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.VERIFIED);
  }

  /** A controller document at {@code controller} publishing one JWK as {@code #key-1}. */
  private static TestingPluginContext publishingJwk(String controller, String publicJwk) {
    String method = controller + "#key-1";
    String doc =
        "{\"id\":\""
            + controller
            + "\",\"verificationMethod\":[{\"id\":\""
            + method
            + "\",\"type\":\"JsonWebKey\",\"controller\":\""
            + controller
            + "\",\"publicKeyJwk\":"
            + publicJwk
            + "}],\"assertionMethod\":[\""
            + method
            + "\"]}";
    return Fixtures.context()
        .serve(URI.create(controller), "application/json", doc.getBytes(StandardCharsets.UTF_8));
  }

  private static String issuedBy(String issuer) {
    return StrictJson.provider()
        .createObjectBuilder(object(VECTOR + "credential-unsigned.json"))
        .add("issuer", issuer)
        .build()
        .toString();
  }

  @Test
  void rs256VcJwtWithAnHttpsControllerDocumentVerifies() throws Exception {
    var rsa = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("key-1").generate();
    String controller = "https://issuer.example/org";
    Connector c = Fixtures.connector(publishingJwk(controller, rsa.toPublicJWK().toJSONString()));
    var jws =
        new com.nimbusds.jose.JWSObject(
            new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.RS256)
                .keyID(controller + "#key-1")
                .build(),
            new com.nimbusds.jose.Payload(issuedBy(controller)));
    jws.sign(new com.nimbusds.jose.crypto.RSASSASigner(rsa));
    VerificationReport report =
        c.verify(CredentialInput.ofText(jws.serialize()), Fixtures.subject());
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.VERIFIED);
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("PASSED signature.valid");
    assertThat(outcome(report, Aspect.ISSUER)).isEqualTo("PASSED issuer.controller");
    assertThat(report.check(Aspect.SIGNATURE).orElseThrow().detail()).contains("RS256");

    String[] parts = jws.serialize().split("\\.");
    String tampered =
        parts[0]
            + "."
            + b64(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("Teamwork", "Teamwerk"))
            + "."
            + parts[2];
    VerificationReport altered = c.verify(CredentialInput.ofText(tampered), Fixtures.subject());
    assertThat(outcome(altered, Aspect.SIGNATURE)).isEqualTo("FAILED signature.invalid");
    assertThat(altered.verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void es256HeaderOnAnEd25519KeyIsRefusedAsAMismatch() {
    String did = "did:key:" + Fixtures.TEST_KEY;
    Ed25519Key key = Ed25519Key.fromMultibase(Fixtures.TEST_SECRET, did + "#" + Fixtures.TEST_KEY);
    String input =
        b64("{\"alg\":\"ES256\",\"kid\":\"" + key.verificationMethod() + "\"}")
            + "."
            + b64(issuedBy(did));
    // a genuine Ed25519 signature: only the algorithm named is wrong for the key
    String token =
        input
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(key.sign(input.getBytes(StandardCharsets.US_ASCII)));
    VerificationReport report = verifyText(token);
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("FAILED jwt.alg-key-mismatch");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void edDsaHeaderOnAnRsaKeyIsRefusedAsAMismatch() throws Exception {
    var rsa = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("key-1").generate();
    String controller = "https://issuer.example/org";
    Connector c = Fixtures.connector(publishingJwk(controller, rsa.toPublicJWK().toJSONString()));
    String input =
        b64("{\"alg\":\"EdDSA\",\"kid\":\"" + controller + "#key-1\"}")
            + "."
            + b64(issuedBy(controller));
    java.security.Signature rs256 = java.security.Signature.getInstance("SHA256withRSA");
    rs256.initSign(rsa.toRSAPrivateKey());
    rs256.update(input.getBytes(StandardCharsets.US_ASCII));
    String token =
        input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    VerificationReport report = c.verify(CredentialInput.ofText(token), Fixtures.subject());
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("FAILED jwt.alg-key-mismatch");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void aCredentialBeforeItsValidFromIsNotYetValid() {
    JsonObject credential =
        StrictJson.provider()
            .createObjectBuilder(object(VECTOR + "credential-unsigned.json"))
            .add("validFrom", "2027-01-01T00:00:00Z")
            .build();
    String signed = sign(credential).toString();
    // the test clock is 2026-01-15
    VerificationReport early =
        Fixtures.connector(Fixtures.context())
            .verify(CredentialInput.ofText(signed), Fixtures.subject());
    assertThat(outcome(early, Aspect.SIGNATURE)).isEqualTo("PASSED signature.valid");
    assertThat(outcome(early, Aspect.DATES)).isEqualTo("FAILED dates.not-yet-valid");
    assertThat(early.verdict()).isEqualTo(Verdict.FAILED);
    VerificationReport later =
        Fixtures.connector(Fixtures.context().at(Fixtures.at("2027-01-02T00:00:00Z")))
            .verify(CredentialInput.ofText(signed), Fixtures.subject());
    assertThat(outcome(later, Aspect.DATES)).isEqualTo("PASSED dates.valid");
    assertThat(later.verdict()).isEqualTo(Verdict.VERIFIED);
  }

  // ---- W3C vectors and the issuer rule -----------------------------------------------------

  @Test
  void w3cVectorsVerifyButTheirHttpsIssuerIsNotTheDidKeySigner() {
    for (String vector :
        new String[] {
          "vc-di-eddsa/TestVectors/eddsa-rdfc-2022/signedDataInt.json",
          "vc-di-eddsa/TestVectors/eddsa-jcs-2022/signedJCS.json"
        }) {
      VerificationReport report =
          connector.verify(
              Fixtures.input(vector), new Recipient(Set.of(), Set.of("did:example:abcdefgh")));
      assertThat(outcome(report, Aspect.SIGNATURE)).as(vector).isEqualTo("PASSED signature.valid");
      assertThat(outcome(report, Aspect.ISSUER))
          .as(vector)
          .isEqualTo("FAILED issuer.not-controller");
      assertThat(outcome(report, Aspect.RECIPIENT)).as(vector).isEqualTo("PASSED recipient.match");
      String tampered =
          Fixtures.text(vector).replace("The School of Examples", "The School of Exemples");
      assertThat(outcome(verifyText(tampered), Aspect.SIGNATURE))
          .as(vector)
          .isEqualTo("FAILED signature.invalid");
    }
  }

  // ---- OB 2.0 -------------------------------------------------------------------------------

  @Test
  void ob20SignedAssertionsVerifyWithTheirHostedKeys() {
    Recipient beth = new Recipient(Set.of("nobody@example.org"), Set.of());
    for (String jwt : new String[] {"simple.jwt", "simple-not-revoked.jwt"}) {
      VerificationReport report = connector.verify(Fixtures.input(OB20 + jwt), beth);
      assertThat(outcome(report, Aspect.SIGNATURE))
          .as(jwt + report)
          .isEqualTo("PASSED signature.valid");
      assertThat(outcome(report, Aspect.ISSUER))
          .as(jwt + report)
          .isEqualTo("PASSED issuer.controller");
      assertThat(outcome(report, Aspect.STATUS))
          .as(jwt + report)
          .isIn("PASSED status.active", "NOT_APPLICABLE status.none");
    }
    VerificationReport revoked =
        connector.verify(Fixtures.input(OB20 + "simple-revoked.jwt"), beth);
    assertThat(outcome(revoked, Aspect.SIGNATURE)).isEqualTo("PASSED signature.valid");
    assertThat(outcome(revoked, Aspect.STATUS)).isEqualTo("FAILED status.revoked");
    assertThat(revoked.verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void ob20HostedAssertionIsComparedWithTheHostedCopy() {
    TestingPluginContext context = Fixtures.context();
    context.serve(
        URI.create("https://example.org/beths-robotics-badge.json"),
        "application/json",
        Fixtures.bytes(OB20 + "basic-assertion.json"));
    Connector c = Fixtures.connector(context);
    VerificationReport report =
        c.verify(
            Fixtures.input(OB20 + "basic-assertion.json"),
            new Recipient(Set.of("nobody@example.org"), Set.of()));
    assertThat(outcome(report, Aspect.SIGNATURE))
        .as(report.toString())
        .isEqualTo("PASSED hosted.matches");
    String changed =
        Fixtures.text(OB20 + "basic-assertion.json")
            .replace("2016-12-31T23:59:59Z", "2016-12-30T23:59:59Z");
    assertThat(
            outcome(
                c.verify(CredentialInput.ofText(changed), Fixtures.subject()), Aspect.SIGNATURE))
        .isEqualTo("FAILED hosted.mismatch");
  }

  // ---- helpers ------------------------------------------------------------------------------

  static JsonObject object(String relative) {
    try {
      return Limits.JSON.object(Fixtures.text(relative));
    } catch (StrictJson.BadJson e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonObject sign(JsonObject credential) {
    Ed25519Key key =
        Ed25519Key.fromMultibase(
            Fixtures.TEST_SECRET, "https://example.edu/issuers/565049#" + Fixtures.TEST_KEY);
    DataIntegritySigner signer =
        new DataIntegritySigner(
            new Cryptosuites(new Rdfc(PinnedContexts.load(Fixtures.data()))), key);
    try {
      return signer.sign(credential, Fixtures.at("2010-01-01T19:23:24Z"), Cryptosuites.RDFC);
    } catch (org.parcours.connector.openbadges.crypto.Failure e) {
      throw new IllegalStateException(e);
    }
  }

  static String b64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
