package org.parcours.portal.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * Partners pushing certificates, as the partner's API client (OAuth2 client credentials of the demo
 * realm, bound to Paul's organisation) and the workers see it: the inbox, acceptance through the
 * same verification as an import, idempotency, bulk, blocking, and one refusal for unknown and
 * blocked recipients alike.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PushApiIT {

  private static final String CAMILLE = "camille@demo.parcours.invalid";
  private static Api api;
  private static String client;
  private static String camille;
  private static String lucas;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @BeforeAll
  static void signIn() {
    api = Api.ofDeployedPortal();
    client =
        LocalIdentityProvider.clientToken("parcours-partner-paul", "partner-paul-local-secret");
    camille = LocalIdentityProvider.accessToken("camille");
    lucas = LocalIdentityProvider.accessToken("lucas");
    // Paul's organisation and its API client are set up by the demo catalogue, in the background.
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> api.get("/api/partner/pushes", client).status() == 200);
  }

  @Test
  void anEmployerAttestationPushedByTheApiClientBecomesAVerifiedCredentialOnceAccepted() {
    String key = "att-" + UUID.randomUUID();
    String body = attestation(CAMILLE, key, "Cariste");
    Answer pushed = api.post("/api/partner/pushes", client, body);
    assertThat(pushed.status()).as(pushed.toString()).isEqualTo(201);
    String id = pushed.json().getString("id");
    Answer again = api.post("/api/partner/pushes", client, body);
    assertThat(again.status()).as("a retry is the same push").isEqualTo(200);
    assertThat(again.json().getString("id")).isEqualTo(id);
    assertThat(again.json().getBoolean("duplicate")).isTrue();

    JsonObject item = inboxItem(camille, id);
    assertThat(item.getString("status")).isEqualTo("pending");
    assertThat(item.getString("title")).isEqualTo("Cariste — attestation " + key);
    assertThat(item.getString("partner")).isNotBlank();
    assertThat(api.post("/api/me/inbox/" + id + "/accept", lucas, "").status())
        .as("another worker's item")
        .isEqualTo(404);

    Answer accepted = api.post("/api/me/inbox/" + id + "/accept", camille, "");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    assertThat(accepted.json().getString("verdict")).as(accepted.body()).isEqualTo("verified");
    assertThat(accepted.json().getString("title")).contains("Cariste");
    assertThat(inboxItem(camille, id).getString("status")).isEqualTo("accepted");
    assertThat(api.post("/api/me/inbox/" + id + "/accept", camille, "").status())
        .as("accepted once")
        .isEqualTo(409);
    assertThat(partnerView(id).getString("status")).isEqualTo("accepted");
  }

  @Test
  void aSignedCredentialPushedIsVerifiedLikeAnImportAndCanBeDeclined() {
    String credential =
        new String(
            EmployerAttestations.signed(CAMILLE, "Magasinière " + UUID.randomUUID()),
            StandardCharsets.UTF_8);
    String accepted = pushCredential(CAMILLE, credential);
    String declined =
        pushCredential(
            CAMILLE,
            new String(
                EmployerAttestations.signed(CAMILLE, "Préparatrice " + UUID.randomUUID()),
                StandardCharsets.UTF_8));
    Answer kept = api.post("/api/me/inbox/" + accepted + "/accept", camille, "");
    assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
    assertThat(kept.json().getString("connector")).isEqualTo("example/attestation");
    assertThat(kept.json().getString("verdict")).isEqualTo("verified");
    assertThat(api.post("/api/me/inbox/" + declined + "/decline", camille, "").status())
        .isEqualTo(204);
    assertThat(inboxItem(camille, declined).getString("status")).isEqualTo("declined");
    assertThat(partnerView(declined).getString("status")).isEqualTo("declined");
  }

  @Test
  void unknownRecipientsAndBlockedSendersGetTheSameRefusalAndNothingIsKept() {
    String alias = api.get("/api/me/alias", lucas).json().getString("alias");
    // A run stopped half-way may have left Paul's organisation blocked for Lucas.
    api.get("/api/me/inbox", lucas).json().getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getString("partnerId"))
        .distinct()
        .forEach(p -> api.delete("/api/me/inbox/blocked/" + p, lucas));
    assertThat(alias).matches("PRC-[A-HJ-NP-Z2-9]{8}");
    Answer toLucas =
        api.post(
            "/api/partner/pushes",
            client,
            attestationToAlias(alias, "before-" + UUID.randomUUID()));
    assertThat(toLucas.status()).as(toLucas.toString()).isEqualTo(201);
    String partner = inboxItem(lucas, toLucas.json().getString("id")).getString("partnerId");

    String nobodyKey = "n-" + UUID.randomUUID();
    Answer nobody =
        api.post(
            "/api/partner/pushes",
            client,
            attestation("personne-" + UUID.randomUUID() + "@exemple.invalid", nobodyKey, "X"));
    assertThat(nobody.status()).as(nobody.toString()).isEqualTo(400);
    assertThat(nobody.body()).contains("push.recipient.unreachable", "PRC-");
    Answer unknownAlias =
        api.post(
            "/api/partner/pushes", client, attestationToAlias("PRC-ZZZZ2222", "u-" + nobodyKey));
    assertThat(unknownAlias.status()).isEqualTo(400);

    assertThat(
            api.post("/api/me/inbox/blocked", lucas, "{\"partnerId\":\"" + partner + "\"}")
                .status())
        .isEqualTo(204);
    assertThat(inboxItem(lucas, toLucas.json().getString("id")).getString("status"))
        .as("a blocked sender's pending items are declined")
        .isEqualTo("declined");
    String blockedKey = "after-" + UUID.randomUUID();
    Answer afterBlock =
        api.post("/api/partner/pushes", client, attestationToAlias(alias, blockedKey));
    assertThat(afterBlock.status()).isEqualTo(400);
    assertThat(afterBlock.json())
        .as("the partner cannot tell a block from an unknown recipient")
        .isEqualTo(nobody.json());
    assertThat(api.get("/api/partner/pushes", client).body())
        .as("nothing kept of a refused push")
        .doesNotContain(nobodyKey, blockedKey);

    assertThat(api.delete("/api/me/inbox/blocked/" + partner, lucas).status()).isEqualTo(204);
    Answer afterUnblock =
        api.post("/api/partner/pushes", client, attestationToAlias(alias, blockedKey));
    assertThat(afterUnblock.status()).as("the refused key is free again").isEqualTo(201);
    assertThat(inboxItem(lucas, afterUnblock.json().getString("id")).getString("status"))
        .isEqualTo("pending");

    String newAlias = api.post("/api/me/alias", lucas, "").json().getString("alias");
    assertThat(newAlias).isNotEqualTo(alias);
    assertThat(
            api.post(
                    "/api/partner/pushes",
                    client,
                    attestationToAlias(alias, "old-alias-" + UUID.randomUUID()))
                .status())
        .as("the old alias leads nowhere")
        .isEqualTo(400);
  }

  @Test
  void aPushByAddressReachesAWorkerOnceTheyHaveSignedIn() {
    // Lucas is not a demo portfolio: only his sign-in tells Parcours his verified address.
    api.get("/api/me/inbox", lucas);
    Answer pushed =
        api.post(
            "/api/partner/pushes",
            client,
            attestation("Lucas@Demo.Parcours.invalid", "addr-" + UUID.randomUUID(), "Vendeur"));
    assertThat(pushed.status()).as(pushed.toString()).isEqualTo(201);
    assertThat(inboxItem(lucas, pushed.json().getString("id")).getString("status"))
        .isEqualTo("pending");
    assertThat(api.get("/api/me/inbox", camille).body())
        .doesNotContain(pushed.json().getString("id"));
  }

  @Test
  void aBulkWithAnUnreachableRecipientNamesItAndKeepsNothing() {
    String good = "bulk-reach-" + UUID.randomUUID();
    Answer batch =
        api.post(
            "/api/partner/pushes/bulk",
            client,
            "{\"items\":["
                + attestation(CAMILLE, good, "Cuisinier")
                + ","
                + attestation("personne@exemple.invalid", good + "-2", "Serveur")
                + ","
                + attestation("autre@exemple.invalid", good + "-3", "Plongeur")
                + "]}");
    assertThat(batch.status()).as(batch.toString()).isEqualTo(400);
    assertThat(batch.body())
        .contains("items[1].recipient", "items[2].recipient")
        .doesNotContain("items[0]");
    assertThat(api.get("/api/partner/pushes", client).body())
        .as("all or none")
        .doesNotContain(good);
  }

  @Test
  void forgedOrMissingClientTokensPushNothing() {
    String key = "forged-" + UUID.randomUUID();
    String forged =
        client.substring(0, client.length() - 4) + (client.endsWith("AAAA") ? "BBBB" : "AAAA");
    assertThat(api.post("/api/partner/pushes", forged, attestation(CAMILLE, key, "X")).status())
        .isEqualTo(401);
    assertThat(api.post("/api/partner/pushes", null, attestation(CAMILLE, key, "X")).status())
        .isEqualTo(401);
    assertThat(api.get("/api/partner/pushes", client).body()).doesNotContain(key);
  }

  @Test
  void badPushesSayWhyAndABulkWithOneBadItemStoresNothing() {
    String key = "k-" + UUID.randomUUID();
    assertThat(
            api.post("/api/partner/pushes", client, attestation(CAMILLE, key, "Soudeur")).status())
        .isEqualTo(201);
    Answer reused = api.post("/api/partner/pushes", client, attestation(CAMILLE, key, "Peintre"));
    assertThat(reused.status()).isEqualTo(409);
    assertThat(reused.body()).contains("push.idempotencyKey.reused");

    Answer bad =
        api.post(
            "/api/partner/pushes",
            client,
            """
            {"recipientEmail":"a@b.fr","recipientAlias":"PRC-AAAAAAAA","idempotencyKey":"a b",
             "kind":"attestation","title":"",
             "attestation":{"role":"X","startDate":"2024-05-01","endDate":"2024-01-01"}}
            """);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body())
        .contains(
            "push.recipient.oneOf",
            "push.idempotencyKey",
            "push.title",
            "push.attestation.endDate");
    assertThat(api.post("/api/partner/pushes", client, "{\"kind\":\"fax\"}").body())
        .contains("push.kind");

    String good = "bulk-good-" + UUID.randomUUID();
    Answer batch =
        api.post(
            "/api/partner/pushes/bulk",
            client,
            "{\"items\":["
                + attestation(CAMILLE, good, "Cuisinier")
                + ",{\"kind\":\"credential\"}]}");
    assertThat(batch.status()).isEqualTo(400);
    assertThat(batch.body()).contains("items[1].");
    assertThat(api.get("/api/partner/pushes", client).body())
        .as("nothing half-stored")
        .doesNotContain(good);

    String big = "x".repeat(300 * 1024);
    Answer tooLarge =
        api.post(
            "/api/partner/pushes",
            client,
            "{\"recipientEmail\":\"a@b.fr\",\"idempotencyKey\":\"big\",\"kind\":\"credential\","
                + "\"title\":\"Gros\",\"credential\":\""
                + big
                + "\"}");
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(tooLarge.body()).contains("push.content.tooLarge");
    Answer huge =
        api.post(
            "/api/partner/pushes",
            client,
            "{\"kind\":\"credential\",\"credential\":\"" + big + big + big + "\"}");
    assertThat(huge.status()).as("over the body limit of one push").isEqualTo(413);

    assertThat(api.post("/api/partner/pushes", camille, attestation(CAMILLE, "c", "X")).status())
        .as("a worker is no partner")
        .isEqualTo(403);
  }

  @Test
  void aBulkOfAHundredIsReceivedOnceEvenWhenRetried() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String items =
        IntStream.range(0, 100)
            .mapToObj(i -> attestation(CAMILLE, "bulk-" + run + "-" + i, "Agent " + i))
            .collect(Collectors.joining(","));
    Answer first = api.post("/api/partner/pushes/bulk", client, "{\"items\":[" + items + "]}");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    List<JsonObject> receipts =
        first.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    assertThat(receipts).hasSize(100).noneMatch(r -> r.getBoolean("duplicate"));
    Answer retry = api.post("/api/partner/pushes/bulk", client, "{\"items\":[" + items + "]}");
    assertThat(retry.json().getJsonArray("items").stream().map(JsonValue::asJsonObject))
        .allMatch(r -> r.getBoolean("duplicate"));
    assertThat(
            retry.json().getJsonArray("items").stream()
                .map(r -> r.asJsonObject().getString("id"))
                .toList())
        .isEqualTo(receipts.stream().map(r -> r.getString("id")).toList());
  }

  // --- helpers

  private static String attestation(String email, String key, String role) {
    return """
    {"recipientEmail":"%s","idempotencyKey":"%s","kind":"attestation",
     "title":"%s — attestation %s",
     "attestation":{"role":"%s","startDate":"2021-03-01","endDate":"2024-06-30",
                    "tasks":"Conduite de chariots, inventaires."}}
    """
        .formatted(email, key, role, key, role);
  }

  private static String attestationToAlias(String alias, String key) {
    return """
    {"recipientAlias":"%s","idempotencyKey":"%s","kind":"attestation","title":"Attestation %s",
     "attestation":{"role":"Manutentionnaire","startDate":"2022-01-01"}}
    """
        .formatted(alias, key, key);
  }

  private static String pushCredential(String email, String credential) {
    Answer pushed =
        api.post(
            "/api/partner/pushes",
            client,
            jakarta.json.Json.createObjectBuilder()
                .add("recipientEmail", email)
                .add("idempotencyKey", "cred-" + UUID.randomUUID())
                .add("kind", "credential")
                .add("title", "Attestation signée")
                .add("credential", credential)
                .build()
                .toString());
    assertThat(pushed.status()).as(pushed.toString()).isEqualTo(201);
    return pushed.json().getString("id");
  }

  private static JsonObject inboxItem(String token, String id) {
    return api.get("/api/me/inbox", token).json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not in the inbox: " + id));
  }

  private static JsonObject partnerView(String id) {
    return api.get("/api/partner/pushes", client).json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("id").equals(id))
        .findFirst()
        .orElseThrow();
  }
}
