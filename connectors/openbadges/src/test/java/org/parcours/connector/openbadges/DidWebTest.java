package org.parcours.connector.openbadges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.parcours.connector.openbadges.VerificationTest.outcome;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcours.connector.openbadges.crypto.Failure;
import org.parcours.connector.openbadges.issuer.Ed25519Key;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Verdict;
import org.parcours.plugin.testkit.TestingPluginContext;

/** Issuers identified by did:web: where their document is read, and what it must say. */
class DidWebTest {

  private static final String DID = "did:web:issuer.example:org:ecole";
  private static final URI DOCUMENT = URI.create("https://issuer.example/org/ecole/did.json");

  private final Ed25519Key key = Signed.key(DID);
  private final TestingPluginContext context = Fixtures.context();

  private CredentialInput signed(String form) {
    return Signed.as(form, Signed.credential(DID).build(), key);
  }

  private VerificationReport verify(CredentialInput input) {
    return Fixtures.connector(context).verify(input, Fixtures.subject());
  }

  private void publish(byte[] document) {
    context.serve(DOCUMENT, "application/did+json", document);
  }

  @ParameterizedTest
  @CsvSource({
    "did:web:example.com, https://example.com/.well-known/did.json",
    "did:web:Example.COM, https://example.com/.well-known/did.json",
    "did:web:example.com:user:alice, https://example.com/user/alice/did.json",
    "did:web:example.com%3A3000, https://example.com:3000/.well-known/did.json",
    "did:web:example.com%3a3000:user:alice, https://example.com:3000/user/alice/did.json",
    "did:web:w3c-ccg.github.io:user:a%20b, https://w3c-ccg.github.io/user/a%20b/did.json"
  })
  void theDocumentAddressFollowsTheDidWebSpec(String did, String url) throws Failure {
    assertThat(DidWeb.documentUrl(did)).isEqualTo(URI.create(url));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "did:web:",
        "did:web:example.com:..:evil",
        "did:web:example.com::x",
        "did:web:example.com:",
        "did:web:evil.example%2Fx",
        "did:web:user%40evil.example",
        "did:web:example.com%3A99999",
        "did:web:example.com?service=x",
        "did:web:-example.com",
        "did:web:example.com:a b"
      })
  void malformedIdentifiersAreRefusedBeforeAnyFetch(String did) {
    Failure failure = catchThrowableOfType(Failure.class, () -> DidWeb.documentUrl(did));
    assertThat(failure).as(did).isNotNull();
    assertThat(failure.code()).isEqualTo("key.unresolvable");

    Ed25519Key odd = Signed.key(did);
    VerificationReport report = verify(Signed.jwt(Signed.credential(did).build(), odd));
    assertThat(outcome(report, Aspect.SIGNATURE)).as(did).isEqualTo("FAILED key.unresolvable");
    assertThat(context.fetched()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"eddsa-rdfc-2022", "vc-jwt"})
  void aCredentialSignedWithThePublishedKeyIsVerified(String form) {
    publish(Signed.didDocument(DID, key, "assertionMethod"));
    VerificationReport report = verify(signed(form));
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.VERIFIED);
    assertThat(outcome(report, Aspect.ISSUER)).isEqualTo("PASSED issuer.controller");
    assertThat(context.fetched()).containsOnly(DOCUMENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"eddsa-rdfc-2022", "vc-jwt"})
  void anotherKeyUnderTheSameIdFailsTheSignature(String form) {
    publish(Signed.didDocument(DID, Signed.key(DID), "assertionMethod"));
    VerificationReport report = verify(signed(form));
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("FAILED signature.invalid");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"eddsa-rdfc-2022", "vc-jwt"})
  void anUnreachableDocumentIsUnknownNeverVerified(String form) {
    VerificationReport report = verify(signed(form));
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("UNKNOWN key.unreachable");
    assertThat(outcome(report, Aspect.ISSUER)).isEqualTo("UNKNOWN issuer.unverified");
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(context.fetched()).containsOnly(DOCUMENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"eddsa-rdfc-2022", "vc-jwt"})
  void aDocumentOfAnotherDidIsRefused(String form) {
    // the right key, but the document says it describes someone else
    publish(Signed.didDocument("did:web:issuer.example", key, "assertionMethod"));
    VerificationReport report = verify(signed(form));
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("FAILED key.unresolvable");
    assertThat(report.check(Aspect.SIGNATURE).orElseThrow().detail())
        .contains("is not the document of " + DID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"eddsa-rdfc-2022", "vc-jwt"})
  void aKeyOnlyForAuthenticationCannotIssue(String form) {
    publish(Signed.didDocument(DID, key, "authentication"));
    VerificationReport report = verify(signed(form));
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("FAILED key.not-for-assertion");
  }

  @Test
  void aJsonWebKeyEmbeddedInAssertionMethodWithARelativeIdVerifies() {
    String x = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(key.publicKey());
    publish(
        ("{\"id\":\""
                + DID
                + "\",\"assertionMethod\":[{\"id\":\"#key-1\",\"type\":\"JsonWebKey2020\","
                + "\"controller\":\""
                + DID
                + "\",\"publicKeyJwk\":{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\""
                + x
                + "\"}}]}")
            .getBytes(StandardCharsets.UTF_8));
    for (String form : new String[] {"eddsa-rdfc-2022", "vc-jwt"}) {
      VerificationReport report = verify(signed(form));
      assertThat(report.verdict()).as(form + report).isEqualTo(Verdict.VERIFIED);
    }
  }

  @Test
  void aKeyControlledBySomeoneElseIsRefused() {
    publish(
        new String(Signed.didDocument(DID, key, "assertionMethod"), StandardCharsets.UTF_8)
            .replace("\"controller\":\"" + DID + "\"", "\"controller\":\"did:web:evil.example\"")
            .getBytes(StandardCharsets.UTF_8));
    VerificationReport report = verify(signed("eddsa-rdfc-2022"));
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("FAILED key.unresolvable");
  }

  @Test
  void aTokenNamingTheDidButNoKeyIsRefusedRatherThanGuessed() {
    publish(Signed.didDocument(DID, key, "assertionMethod"));
    Ed25519Key noKid = new Ed25519Key(key.seed(), DID);
    VerificationReport report = verify(Signed.jwt(Signed.credential(DID).build(), noKid));
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("FAILED key.unresolvable");
    assertThat(report.check(Aspect.SIGNATURE).orElseThrow().detail()).contains("not which key");
  }

  @Test
  void aPortInTheDidIsWhereTheDocumentIsFetched() {
    String did = "did:web:issuer.example%3A8443";
    Ed25519Key ported = Signed.key(did);
    context.serve(
        URI.create("https://issuer.example:8443/.well-known/did.json"),
        "application/did+json",
        Signed.didDocument(did, ported, "assertionMethod"));
    VerificationReport report = verify(Signed.rdfc(Signed.credential(did).build(), ported));
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.VERIFIED);
  }
}
