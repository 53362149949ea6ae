package org.parcours.connector.openbadges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcours.connector.openbadges.crypto.Limits;
import org.parcours.connector.openbadges.issuer.DataIntegritySigner;
import org.parcours.connector.openbadges.issuer.Ed25519Key;
import org.parcours.connector.openbadges.ld.Cryptosuites;
import org.parcours.connector.openbadges.ld.PinnedContexts;
import org.parcours.connector.openbadges.ld.Rdfc;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Outcome;
import org.parcours.plugin.connector.VerificationReport.Verdict;
import org.parcours.plugin.issuer.CredentialIssuer;
import org.parcours.plugin.testkit.TestingPluginContext;

class IssuerTest {

  private static final String DID = "did:web:parcours.example";
  private static final Ed25519Key KEY = Ed25519Key.generate(DID + "#key-1");

  private final TestingPluginContext context = Fixtures.context();
  private final CredentialIssuer issuer = new OpenBadgesPlugin().issuers().get(0).create(context);

  private String unsigned(String issuerId) {
    return Fixtures.text("openbadges3/test-vector-eddsa-rdfc-2022/credential-unsigned.json")
        .replaceFirst(
            "\"issuer\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"[^\"]+\"",
            "\"issuer\": {\"id\": \"" + issuerId + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"eddsa-rdfc-2022", "eddsa-jcs-2022", "vc-jwt"})
  void whatThePortalIssuesVerifiesAgainstItsPublishedDidDocument(String format) throws Exception {
    context.serve(
        URI.create("https://parcours.example/.well-known/did.json"),
        "application/did+json",
        ("{\"@context\":[\"https://www.w3.org/ns/did/v1\",\"https://w3id.org/security/multikey/v1\"],"
                + "\"id\":\""
                + DID
                + "\",\"verificationMethod\":["
                + issuer.verificationMethod(KEY)
                + "],\"assertionMethod\":[\""
                + DID
                + "#key-1\"]}")
            .getBytes(StandardCharsets.UTF_8));

    byte[] issued =
        issuer.issue(
            unsigned(DID).getBytes(StandardCharsets.UTF_8),
            format,
            KEY,
            Instant.parse("2026-01-10T09:00:00Z"));

    VerificationReport report =
        Fixtures.connector(context)
            .verify(
                new CredentialInput(issued, null, null, null),
                new Recipient(Set.of(), Set.of(Fixtures.SUBJECT)));
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.VERIFIED);
    assertThat(report.check(Aspect.ISSUER).orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void thePortalNeverSignsOnSomeoneElsesBehalf() {
    assertThatThrownBy(() ->
            issuer.issue(
                unsigned("did:web:other.example").getBytes(StandardCharsets.UTF_8),
                "vc-jwt",
                KEY,
                Instant.now()))
        .isInstanceOfSatisfying(
            CredentialRejected.class, e -> assertThat(e.code()).isEqualTo("issue.issuer"));
  }

  @Test
  void unknownContextsAndFormatsAreRefusedWithTheirReason() {
    String unknownContext =
        unsigned(DID)
            .replace(
                "\"https://www.w3.org/ns/credentials/v2\"",
                "\"https://www.w3.org/ns/credentials/v2\", \"https://evil.example/ctx\"");
    assertThatThrownBy(() ->
            issuer.issue(
                unknownContext.getBytes(StandardCharsets.UTF_8),
                "eddsa-rdfc-2022",
                KEY,
                Instant.now()))
        .isInstanceOfSatisfying(
            CredentialRejected.class, e -> assertThat(e.code()).isEqualTo("context.unknown"));
    assertThatThrownBy(() ->
            issuer.issue(
                unsigned(DID).getBytes(StandardCharsets.UTF_8), "rsa-2048", KEY, Instant.now()))
        .isInstanceOfSatisfying(
            CredentialRejected.class, e -> assertThat(e.code()).isEqualTo("issue.format"));
  }

  private static final String W3C = "vc-di-eddsa/TestVectors/";

  @Test
  void jcsProofsCarryTheDocumentContextAndReproduceTheW3cVector() throws Exception {
    JsonObject keys = Limits.JSON.object(Fixtures.text(W3C + "keyPair.json"));
    String didKey = "did:key:" + keys.getString("publicKeyMultibase");
    Ed25519Key key =
        Ed25519Key.fromMultibase(
            keys.getString("privateKeyMultibase"),
            didKey + "#" + keys.getString("publicKeyMultibase"));
    JsonObject signed =
        new DataIntegritySigner(
                new Cryptosuites(new Rdfc(PinnedContexts.load(Fixtures.data()))), key)
            .sign(
                Limits.JSON.object(Fixtures.text(W3C + "unsigned.json")),
                Instant.parse("2023-02-24T23:36:38Z"),
                Cryptosuites.JCS);
    JsonObject published = Limits.JSON.object(Fixtures.text(W3C + "eddsa-jcs-2022/signedJCS.json"));
    // vc-di-eddsa §3.3.1: the proof repeats the document's @context (independent verifiers
    // hash the proof as published).
    assertThat(signed.getJsonObject("proof")).isEqualTo(published.getJsonObject("proof"));
  }

  @Test
  void aJcsProofWhoseContextIsNotTheDocumentsIsRefused() throws Exception {
    JsonObject published = Limits.JSON.object(Fixtures.text(W3C + "eddsa-jcs-2022/signedJCS.json"));
    JsonObject proof = published.getJsonObject("proof");
    JsonObject otherContext =
        StrictJson.provider()
            .createObjectBuilder(published)
            .add(
                "proof",
                StrictJson.provider()
                    .createObjectBuilder(proof)
                    .add(
                        "@context",
                        StrictJson.provider()
                            .createArrayBuilder()
                            .add("https://www.w3.org/ns/credentials/examples/v2")))
            .build();
    assertThatThrownBy(() ->
            Cryptosuites.toVerify(
                Cryptosuites.JCS,
                Cryptosuites.unsecured(otherContext),
                otherContext.getJsonObject("proof")))
        .hasMessageContaining("@context");
  }

  @Test
  void aVc11CredentialGetsTheDataIntegrityContextAndVerifies() throws Exception {
    String v11 =
        "{\"@context\":[\"https://www.w3.org/2018/credentials/v1\"],"
            + "\"id\":\"urn:uuid:e8200f89-62fd-4d60-b843-e0e7760b1b78\","
            + "\"type\":[\"VerifiableCredential\"],\"issuer\":\""
            + DID
            + "\",\"issuanceDate\":\"2020-03-16T22:37:26.544Z\","
            + "\"credentialSubject\":{\"id\":\"did:example:subject\"}}";
    JsonObject signed =
        Limits.JSON.object(
            new String(
                issuer.issue(
                    v11.getBytes(StandardCharsets.UTF_8),
                    "eddsa-rdfc-2022",
                    KEY,
                    Instant.parse("2026-01-10T09:00:00Z")),
                StandardCharsets.UTF_8));
    assertThat(signed.getJsonArray("@context").toString())
        .isEqualTo(
            "[\"https://www.w3.org/2018/credentials/v1\","
                + "\"https://w3id.org/security/data-integrity/v2\"]");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "issue.context|\"@context\":[\"https://www.w3.org/ns/credentials/examples/v2\"]",
        "issue.context|\"@context\":[\"https://www.w3.org/ns/credentials/v2\",123]",
        "issue.id|\"id\":\"https ://not-a-url/vcs/1\"",
        "issue.subject|\"credentialSubject\":{}",
        "issue.dates|\"validFrom\":\"Sat 25 Feb 2023 07:16:31 PM CST\"",
        "issue.dates|\"validUntil\":\"2025-01-01T00:00:00\"",
        "issue.type|\"credentialStatus\":{\"id\":\"https://example.org/status/1\"}",
        "issue.type|\"termsOfUse\":[{\"id\":\"https://example.org/tou\"}]",
        "issue.type|\"evidence\":{\"id\":\"https://example.org/evidence\"}",
        "issue.type|\"refreshService\":{\"id\":\"https://example.org/refresh\"}",
        "issue.type|\"credentialSchema\":{\"id\":\"https://example.org/schema\"}",
        "issue.id|\"credentialSchema\":{\"type\":\"JsonSchema\"}",
        "issue.id|\"credentialStatus\":{\"type\":\"X\",\"id\":\"https ://no\"}",
        "issue.related|\"relatedResource\":[\"https://example.org/a\"]",
        "issue.related|\"relatedResource\":[{\"id\":\"https://example.org/a\"}]",
        "issue.related|\"relatedResource\":[{\"id\":\"https://example.org/a\","
            + "\"digestSRI\":\"sha384-x\"},{\"id\":\"https://example.org/a\","
            + "\"digestSRI\":\"sha384-x\"}]"
      })
  void whatTheVcDataModelForbidsIsNotSigned(String codeAndMember) throws Exception {
    String code = codeAndMember.substring(0, codeAndMember.indexOf('|'));
    String member = codeAndMember.substring(codeAndMember.indexOf('|') + 1);
    JsonObject base = Limits.JSON.object(unsigned(DID));
    JsonObject patch = Limits.JSON.object("{" + member + "}");
    String credential =
        StrictJson.provider()
            .createObjectBuilder(base)
            .addAll(StrictJson.provider().createObjectBuilder(patch))
            .build()
            .toString();
    assertThatThrownBy(() ->
            issuer.issue(
                credential.getBytes(StandardCharsets.UTF_8), "eddsa-rdfc-2022", KEY, Instant.now()))
        .isInstanceOfSatisfying(
            CredentialRejected.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void aTypeTheContextsDoNotMapIsNeitherSignedNorVerified() throws Exception {
    context.serve(
        URI.create("https://parcours.example/.well-known/did.json"),
        "application/did+json",
        ("{\"@context\":[\"https://www.w3.org/ns/did/v1\",\"https://w3id.org/security/multikey/v1\"],"
                + "\"id\":\""
                + DID
                + "\",\"verificationMethod\":["
                + issuer.verificationMethod(KEY)
                + "],\"assertionMethod\":[\""
                + DID
                + "#key-1\"]}")
            .getBytes(StandardCharsets.UTF_8));
    String v11 =
        "{\"@context\":[\"https://www.w3.org/2018/credentials/v1\"],"
            + "\"type\":[\"VerifiableCredential\"],\"issuer\":\""
            + DID
            + "\",\"issuanceDate\":\"2020-03-16T22:37:26Z\","
            + "\"credentialSubject\":{\"id\":\"did:example:subject\"}}";
    assertThatThrownBy(() ->
            issuer.issue(
                v11.replace(
                        "[\"VerifiableCredential\"]", "[\"VerifiableCredential\",\"InvalidType\"]")
                    .getBytes(StandardCharsets.UTF_8),
                "eddsa-rdfc-2022",
                KEY,
                Instant.now()))
        .isInstanceOfSatisfying(
            CredentialRejected.class,
            e -> assertThat(e.code()).isEqualTo("canonicalization.undefined-term"));
    String signed =
        new String(
            issuer.issue(
                v11.getBytes(StandardCharsets.UTF_8),
                "eddsa-rdfc-2022",
                KEY,
                Instant.parse("2026-01-10T09:00:00Z")),
            StandardCharsets.UTF_8);
    String added =
        signed.replace(
            "[\"VerifiableCredential\"]", "[\"VerifiableCredential\",\"UndefinedType\"]");
    assertThat(added).isNotEqualTo(signed);
    VerificationReport report =
        Fixtures.connector(context)
            .verify(
                new CredentialInput(added.getBytes(StandardCharsets.UTF_8), null, null, null),
                new Recipient(Set.of(), Set.of()));
    assertThat(report.check(Aspect.SIGNATURE).orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
    assertThat(report.check(Aspect.SIGNATURE).orElseThrow().code())
        .isEqualTo("canonicalization.undefined-term");
  }
}
