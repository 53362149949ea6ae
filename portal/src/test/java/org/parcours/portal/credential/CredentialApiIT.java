package org.parcours.portal.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.parcours.portal.testing.EmployerAttestations;
import org.parcours.portal.testing.LocalIdentityProvider;

/**
 * Credentials through the built-in example connector, loaded from the plugins directory as any
 * partner plugin: verified ones, flagged ones, unreadable ones, and nobody else's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CredentialApiIT {

  private static final String PATH = "/api/me/credentials";

  private static Api api;
  private static String camille;
  private static String lucas;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @BeforeAll
  static void signIn() {
    api = Api.ofDeployedPortal();
    camille = LocalIdentityProvider.accessToken("camille");
    lucas = LocalIdentityProvider.accessToken("lucas");
  }

  @Test
  void aSignedAttestationNamingTheWorkerIsVerifiedAndItsOriginalKeptByteForByte() {
    byte[] attestation =
        attestation("camille@demo.parcours.invalid", "Cariste " + UUID.randomUUID());

    Answer kept = importRaw(camille, attestation, "fr");

    assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
    JsonObject credential = kept.json();
    assertThat(credential.getString("verdict")).isEqualTo("verified");
    assertThat(credential.getString("issuer")).isEqualTo("Transports Martin");
    assertThat(credential.getString("connector")).isEqualTo("example/attestation");
    assertThat(check(credential, "signature").getString("reason"))
        .isEqualTo("Signature Ed25519 valide");
    assertThat(check(credential, "recipient").getString("outcome")).isEqualTo("passed");

    String id = credential.getString("id");
    HttpResponse<byte[]> original =
        api.sendBytes(api.request(PATH + "/" + id + "/original", camille).GET());
    assertThat(original.statusCode()).isEqualTo(200);
    assertThat(original.body()).isEqualTo(attestation);
    assertThat(api.get(PATH, camille).body()).contains(id);

    Answer again = importRaw(camille, attestation, "en");
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.json().getString("type")).isEqualTo("urn:parcours:problem:duplicate");
  }

  @Test
  void reasonsFollowTheReadersLanguage() {
    Answer kept =
        importRaw(
            camille,
            attestation("camille@demo.parcours.invalid", "Soudure " + UUID.randomUUID()),
            "en");

    assertThat(check(kept.json(), "signature").getString("reason"))
        .isEqualTo("Ed25519 signature valid");
  }

  @Test
  void anAttestationNamingSomeoneElseIsKeptButClearlyFlagged() {
    Answer kept =
        importRaw(
            lucas,
            attestation("camille@demo.parcours.invalid", "Magasinier " + UUID.randomUUID()),
            "fr");

    assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
    assertThat(kept.json().getString("verdict")).isEqualTo("failed");
    JsonObject recipient = check(kept.json(), "recipient");
    assertThat(recipient.getString("outcome")).isEqualTo("failed");
    assertThat(recipient.getString("reason")).contains("autre personne");
  }

  @Test
  void aTamperedAttestationFailsItsSignatureCheck() {
    String text =
        new String(
            attestation("camille@demo.parcours.invalid", "Chef d'équipe " + UUID.randomUUID()),
            StandardCharsets.UTF_8);
    byte[] tampered = text.replace("Chef d'équipe", "Directeur").getBytes(StandardCharsets.UTF_8);

    Answer kept = importRaw(camille, tampered, "fr");

    assertThat(kept.json().getString("verdict")).isEqualTo("failed");
    assertThat(check(kept.json(), "signature").getString("outcome")).isEqualTo("failed");
  }

  @Test
  void unreadableOversizedAndEmptyInputsAreRefusedWithAReasonAndNothingStored() {
    int before = api.get(PATH, camille).json().getJsonArray("credentials").size();

    Answer text =
        importRaw(camille, "bonjour, voici mon diplôme".getBytes(StandardCharsets.UTF_8), "fr");
    assertThat(text.status()).as(text.toString()).isEqualTo(422);
    assertThat(text.json().getString("type")).isEqualTo("urn:parcours:problem:credential-rejected");
    assertThat(text.json().getJsonArray("violations").getJsonObject(0).getString("rule"))
        .isEqualTo("credential.unrecognized");

    Answer json =
        importRaw(camille, "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8), "fr");
    assertThat(json.status()).as(json.toString()).isEqualTo(422);
    assertThat(json.json().getJsonArray("violations").getJsonObject(0).getString("message"))
        .contains("ni un Open Badge");

    Answer broken =
        importRaw(
            camille,
            "format: parcours-example-attestation/1\ntitle: x\n".getBytes(StandardCharsets.UTF_8),
            "en");
    assertThat(broken.status()).as(broken.toString()).isEqualTo(422);
    assertThat(broken.json().getJsonArray("violations").getJsonObject(0).getString("message"))
        .contains("signature");

    Answer huge = importRaw(camille, new byte[300 * 1024], "fr");
    assertThat(huge.status()).as(huge.toString()).isEqualTo(413);

    Answer empty = importRaw(camille, new byte[0], "fr");
    assertThat(empty.status()).as(empty.toString()).isEqualTo(400);

    assertThat(api.get(PATH, camille).json().getJsonArray("credentials").size()).isEqualTo(before);
  }

  @Test
  void addressesInsideTheNetworkOrOfOtherSchemesAreNeverFetched() {
    for (String url :
        new String[] {
          api.base().resolve("/health").toString(),
          "http://169.254.169.254/latest/meta-data/",
          "http://10.0.0.1/badge.json",
          "file:///etc/passwd"
        }) {
      Answer refused = api.post(PATH + "/by-url", camille, "{\"url\":\"" + url + "\"}");
      assertThat(refused.status()).as(url + " " + refused).isEqualTo(422);
      assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("rule"))
          .as(url)
          .startsWith("fetch.forbidden");
    }
  }

  @Test
  void aCredentialIsImportedByItsAddressAndKeptAsServed() throws Exception {
    byte[] attestation =
        attestation("camille@demo.parcours.invalid", "Grutier " + UUID.randomUUID());
    AtomicInteger requests = new AtomicInteger();
    // 127.0.0.2 is the one address the test server lets the fetcher reach (pom.xml).
    HttpServer host = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
    host.createContext(
        "/badges/grutier.json",
        exchange -> {
          requests.incrementAndGet();
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, attestation.length);
          try (var body = exchange.getResponseBody()) {
            body.write(attestation);
          }
        });
    host.start();
    try {
      String url = "http://127.0.0.2:" + host.getAddress().getPort() + "/badges/grutier.json";

      Answer kept = api.post(PATH + "/by-url", camille, "{\"url\":\"" + url + "\"}");

      assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
      assertThat(kept.json().getString("verdict")).isEqualTo("verified");
      assertThat(requests.get()).isEqualTo(1);
      HttpResponse<byte[]> original =
          api.sendBytes(
              api.request(PATH + "/" + kept.json().getString("id") + "/original", camille).GET());
      assertThat(original.body()).isEqualTo(attestation);

      Answer missing =
          api.post(PATH + "/by-url", camille, "{\"url\":\"" + url.replace("grutier", "x") + "\"}");
      assertThat(missing.status()).as(missing.toString()).isEqualTo(422);
      assertThat(missing.json().getJsonArray("violations").getJsonObject(0).getString("rule"))
          .isEqualTo("fetch.status");
    } finally {
      host.stop(0);
    }
  }

  @Test
  void nobodyElseReadsOrDeletesAWorkersCredential() {
    String id =
        importRaw(
                camille,
                attestation("camille@demo.parcours.invalid", "Préparateur " + UUID.randomUUID()),
                "fr")
            .json()
            .getString("id");

    assertThat(api.get(PATH + "/" + id, lucas).status()).isEqualTo(404);
    assertThat(api.get(PATH + "/" + id + "/original", lucas).status()).isEqualTo(404);
    assertThat(api.delete(PATH + "/" + id, lucas).status()).isEqualTo(404);
    assertThat(api.get(PATH, lucas).body()).doesNotContain(id);
    assertThat(api.get(PATH + "/" + id, null).status()).isEqualTo(401);

    assertThat(api.delete(PATH + "/" + id, camille).status()).isEqualTo(204);
    assertThat(api.get(PATH + "/" + id, camille).status()).isEqualTo(404);
  }

  @Test
  void administratorsSeeThePluginsAndCanVerifyEverythingAgain() {
    String admin = LocalIdentityProvider.accessToken("ada");
    importRaw(
        camille,
        attestation("camille@demo.parcours.invalid", "Livreur " + UUID.randomUUID()),
        "fr");

    Answer plugins = api.get("/api/admin/plugins", admin);
    assertThat(plugins.status()).isEqualTo(200);
    JsonObject example =
        jakarta.json.Json.createReader(new java.io.StringReader(plugins.body()))
            .readArray()
            .stream()
            .map(v -> v.asJsonObject())
            .filter(p -> p.getString("id").equals("example"))
            .findFirst()
            .orElseThrow();
    assertThat(example.getString("state")).isEqualTo("active");
    assertThat(example.getString("apiVersion")).isEqualTo("1.0");
    assertThat(example.toString()).doesNotContain("MCowBQYDK2VwAyEA");
    assertThat(api.get("/api/admin/plugins", camille).status()).isEqualTo(403);

    Answer pass = api.post("/api/admin/credentials/reverify", admin, "");
    assertThat(pass.status()).as(pass.toString()).isEqualTo(200);
    assertThat(pass.json().getInt("checked")).isPositive();
    assertThat(pass.json().getBoolean("complete")).as(pass.toString()).isTrue();
    assertThat(api.post("/api/admin/credentials/reverify", camille, "").status()).isEqualTo(403);
  }

  private static JsonObject check(JsonObject credential, String aspect) {
    return credential.getJsonArray("checks").stream()
        .map(v -> v.asJsonObject())
        .filter(c -> c.getString("aspect").equals(aspect))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + aspect + " check in " + credential));
  }

  private static Answer importRaw(String token, byte[] content, String language) {
    return api.send(
        api.request(PATH, token)
            .header("Content-Type", "text/plain")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  private static byte[] attestation(String recipient, String title) {
    return EmployerAttestations.signed(recipient, title);
  }
}
