package org.parcours.portal.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcours.portal.testing.Api;
import org.parcours.portal.testing.Api.Answer;
import org.parcours.portal.testing.Deployments;
import org.parcours.portal.testing.LocalIdentityProvider;

/**
 * Parcours as an issuer: a partner has an Open Badge 3.0 signed with the portal's did:web key, the
 * worker it names imports it as verified, and anyone can verify it through the VC-API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IssuerApiIT {

  private static Api api;
  private static String paul;
  private static String camille;
  private static String did;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @BeforeAll
  static void signIn() {
    api = Api.ofDeployedPortal();
    paul = LocalIdentityProvider.accessToken("paul");
    camille = LocalIdentityProvider.accessToken("camille");
    did = "did:web:localhost%3A" + api.base().getPort();
  }

  @Test
  void theDidDocumentPublishesTheInstanceKey() {
    Answer document = api.get("/.well-known/did.json", null);

    assertThat(document.status()).isEqualTo(200);
    assertThat(document.contentType()).startsWith("application/did+json");
    JsonObject json = document.json();
    assertThat(json.getString("id")).isEqualTo(did);
    JsonObject method = json.getJsonArray("verificationMethod").getJsonObject(0);
    assertThat(method.getString("type")).isEqualTo("Multikey");
    assertThat(method.getString("publicKeyMultibase")).startsWith("z6Mk");
    assertThat(json.getJsonArray("assertionMethod").getString(0)).isEqualTo(did + "#key-1");
  }

  @Test
  void aBadgeIssuedForCamilleIsVerifiedInHerPortfolio() {
    String name = "Accueil du public " + UUID.randomUUID().toString().substring(0, 8);
    Answer issued = issue(paul, badge(name, "camille@demo.parcours.invalid"), "eddsa-rdfc-2022");
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    JsonObject credential = issued.json().getJsonObject("verifiableCredential");
    assertThat(credential.getJsonObject("proof").getString("cryptosuite"))
        .isEqualTo("eddsa-rdfc-2022");

    Answer kept = importText(camille, credential.toString());

    assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
    assertThat(kept.json().getString("verdict")).as(kept.toString()).isEqualTo("verified");
    assertThat(kept.json().getString("title")).isEqualTo(name);
    assertThat(kept.json().getString("issuerId")).isEqualTo(did);
  }

  @Test
  void aJwtBadgeIsIssuedEnvelopedAndVerifiesToo() {
    Answer issued =
        issue(
            paul, badge("Tutorat " + UUID.randomUUID(), "camille@demo.parcours.invalid"), "vc-jwt");
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    JsonObject envelope = issued.json().getJsonObject("verifiableCredential");
    assertThat(envelope.getString("type")).isEqualTo("EnvelopedVerifiableCredential");
    String jwt = envelope.getString("id").substring("data:application/vc+jwt,".length());

    Answer kept = importText(camille, jwt);
    assertThat(kept.json().getString("verdict")).as(kept.toString()).isEqualTo("verified");

    Answer verified = verify(envelope);
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.json().getBoolean("verified")).isTrue();
  }

  @Test
  void anyoneVerifiesAndATamperedCopyIsRefusedWithTheReason() {
    JsonObject credential =
        issue(
                paul,
                badge("Caisse " + UUID.randomUUID(), "lucas@demo.parcours.invalid"),
                "eddsa-rdfc-2022")
            .json()
            .getJsonObject("verifiableCredential");

    Answer verified = verify(credential);
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.json().getBoolean("verified")).isTrue();
    assertThat(verified.json().getJsonArray("checks").toString()).contains("proof");

    JsonObject tampered =
        Json.createReader(new StringReader(credential.toString().replace("Caisse", "Direction")))
            .readObject();
    Answer refused = verify(tampered);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().getBoolean("verified")).isFalse();
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("check"))
        .isEqualTo("signature");
  }

  @Test
  void verifyRefusesACredentialWithARepeatedKeyAsAnImportDoes() {
    String credential = issuedCredential("Doublon").toString();
    // The last "name" is the signed one: a reader that keeps the last value would verify this.
    String repeated = "{\"name\":\"Direction\"," + credential.substring(1);

    Answer refused =
        api.post("/api/vc/credentials/verify", null, "{\"verifiableCredential\":" + repeated + "}");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().getString("type"))
        .isEqualTo("urn:parcours:problem:credential-rejected");
    assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("rule"))
        .isEqualTo("json.duplicate-key");
    assertThat(importText(camille, repeated).status()).isEqualTo(422);
  }

  @Test
  void verifyTakesOnlyTheVcApiEnvelopeAndSaysWhatIsWrong() {
    String credential = issuedCredential("Enveloppe").toString();

    Answer unknown =
        api.post(
            "/api/vc/credentials/verify",
            null,
            "{\"verifiableCredential\":" + credential + ",\"credentials\":{}}");
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    JsonObject violation = unknown.json().getJsonArray("violations").getJsonObject(0);
    assertThat(violation.getString("field")).isEqualTo("credentials");
    assertThat(violation.getString("rule")).isEqualTo("vc.request.unknown-member");
    assertThat(violation.getString("message")).contains("verifiableCredential");

    Answer missing = api.post("/api/vc/credentials/verify", null, "{\"options\":{}}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().getJsonArray("violations").getJsonObject(0).getString("rule"))
        .isEqualTo("vc.verifiableCredential.required");

    Answer twice =
        api.post(
            "/api/vc/credentials/verify",
            null,
            "{\"verifiableCredential\":{},\"verifiableCredential\":" + credential + "}");
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.json().getJsonArray("violations").getJsonObject(0).getString("rule"))
        .isEqualTo("vc.request.duplicate-member");

    Answer withOptions =
        api.post(
            "/api/vc/credentials/verify",
            null,
            "{\"verifiableCredential\":" + credential + ",\"options\":{\"checks\":[\"proof\"]}}");
    assertThat(withOptions.status()).as(withOptions.toString()).isEqualTo(200);
    assertThat(withOptions.json().getBoolean("verified")).isTrue();
  }

  @Test
  void verifyReadsCredentialsAsLargeAsAnImportAndNoLarger() {
    String credential = issuedCredential("Taille").toString();
    String padded = credential.substring(0, 1) + " ".repeat(100 * 1024) + credential.substring(1);

    Answer large =
        api.post("/api/vc/credentials/verify", null, "{\"verifiableCredential\":" + padded + "}");
    assertThat(large.status()).as(large.toString()).isEqualTo(200);

    String huge = credential.substring(0, 1) + " ".repeat(300 * 1024) + credential.substring(1);
    Answer tooLarge =
        api.post("/api/vc/credentials/verify", null, "{\"verifiableCredential\":" + huge + "}");
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.json().getJsonArray("violations").getJsonObject(0).getString("rule"))
        .isEqualTo("credential.too-large");
  }

  private static JsonObject issuedCredential(String name) {
    Answer issued =
        issue(
            paul,
            badge(name + " " + UUID.randomUUID(), "lucas@demo.parcours.invalid"),
            "eddsa-rdfc-2022");
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    return issued.json().getJsonObject("verifiableCredential");
  }

  @Test
  void onlyPartnersAndAdministratorsIssueAndNeverForAnotherIssuer() {
    String badge = badge("Refus " + UUID.randomUUID(), "camille@demo.parcours.invalid");

    assertThat(issue(camille, badge, "eddsa-rdfc-2022").status()).isEqualTo(403);
    assertThat(issue(null, badge, "eddsa-rdfc-2022").status()).isEqualTo(401);

    Answer other = issue(paul, badge.replace(did, "did:web:evil.example"), "eddsa-rdfc-2022");
    assertThat(other.status()).as(other.toString()).isEqualTo(422);
    assertThat(other.json().getJsonArray("violations").getJsonObject(0).getString("rule"))
        .isEqualTo("issue.issuer");
  }

  private static Answer issue(String token, String credential, String format) {
    return api.post(
        "/api/vc/credentials/issue",
        token,
        "{\"credential\":" + credential + ",\"options\":{\"proofFormat\":\"" + format + "\"}}");
  }

  private static Answer verify(JsonObject credential) {
    return api.post(
        "/api/vc/credentials/verify", null, "{\"verifiableCredential\":" + credential + "}");
  }

  private static Answer importText(String token, String text) {
    return api.send(
        api.request("/api/me/credentials", token)
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
  }

  private static String badge(String name, String email) {
    String salt = UUID.randomUUID().toString();
    return """
    {"@context":["https://www.w3.org/ns/credentials/v2",
                 "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
     "id":"urn:uuid:%s",
     "type":["VerifiableCredential","OpenBadgeCredential"],
     "issuer":{"id":"%s","type":["Profile"],"name":"Parcours"},
     "validFrom":"2026-01-01T00:00:00Z",
     "name":"%s",
     "credentialSubject":{"type":["AchievementSubject"],
       "identifier":[{"type":"IdentityObject","identityHash":"sha256$%s",
                      "identityType":"emailAddress","hashed":true,"salt":"%s"}],
       "achievement":{"id":"urn:uuid:%s","type":["Achievement"],"name":"%s",
                      "description":"Attesté par un partenaire de Parcours.",
                      "criteria":{"narrative":"Six mois d'activité observée."}}}}
    """
        .formatted(
            UUID.randomUUID(), did, name, sha256(email + salt), salt, UUID.randomUUID(), name);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
