package org.parcours.connector.openbadges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcours.connector.openbadges.issuer.Ed25519Key;
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
}
