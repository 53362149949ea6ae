package org.parcours.portal.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
import org.parcours.portal.testing.RacingReads;

/**
 * Sharing as every party sees it: the owner, a stranger worker, the adviser granted, another
 * adviser, a link holder, nobody; live, expired and revoked grants.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SharingApiIT {

  private static final String PIX_SECURITY = "rec6rHqas39zvLZep";

  private static Api api;
  private static String camille;
  private static String lucas;
  private static String nadia;
  private static String marc;
  private static String ada;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @BeforeAll
  static void signIn() {
    api = Api.ofDeployedPortal();
    camille = LocalIdentityProvider.accessToken("camille");
    lucas = LocalIdentityProvider.accessToken("lucas");
    nadia = LocalIdentityProvider.accessToken("nadia");
    marc = LocalIdentityProvider.accessToken("marc");
    ada = LocalIdentityProvider.accessToken("ada");
    // Advisers become known to Parcours when they first use it.
    assertThat(api.get("/api/adviser/shares", nadia).status()).isEqualTo(200);
    assertThat(api.get("/api/adviser/shares", marc).status()).isEqualTo(200);
  }

  @Test
  void aLinkShowsOnlyItsSelectionUntilRevokedAndEveryReadIsLogged() {
    String mark = mark();
    String shared = entry(camille, "Partagée " + mark);
    String kept = entry(camille, "Gardée " + mark);
    Answer created =
        share(
            camille,
            "{\"link\":true,\"entryIds\":[\""
                + shared
                + "\"],"
                + "\"purpose\":\"Candidature "
                + mark
                + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String link = created.json().getString("link");
    String path = "/api/links/" + link.substring(link.indexOf("?t=") + 3);
    String grant = created.json().getString("id");

    String sharedFile = attach(shared, "preuve.pdf");
    String keptFile = attach(kept, "privee.pdf");

    Answer read = api.get(path, null);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.body())
        .contains("Partagée " + mark, "Candidature " + mark, sharedFile)
        .doesNotContain(kept, keptFile);
    assertThat(api.get(path + "/files/" + sharedFile, null).body()).startsWith("%PDF-1.4");
    assertThat(api.get(path + "/files/" + keptFile, null).status())
        .as("a file of an entry the link does not share")
        .isEqualTo(404);
    assertThat(api.get("/api/me/shares", camille).body())
        .as("the link is shown once, never listed again")
        .doesNotContain(link);

    List<JsonObject> log = accessLog(camille);
    assertThat(log.subList(0, 2))
        .as("the file download, then the read of the entry, newest first")
        .extracting(r -> r.getString("entries"))
        .containsExactly("preuve.pdf", "Partagée " + mark);
    assertThat(log.get(1).getString("grantId")).isEqualTo(grant);
    assertThat(log.get(1).getString("reader")).isEqualTo("lien");

    assertThat(api.delete("/api/me/shares/" + grant, lucas).status())
        .as("only the owner revokes")
        .isEqualTo(404);
    assertThat(api.delete("/api/me/shares/" + grant, camille).status()).isEqualTo(204);
    Answer revoked = api.get(path, null);
    Answer guessed = api.get("/api/links/" + "A".repeat(43), null);
    assertThat(revoked.status()).isEqualTo(404);
    assertThat(revoked.body()).as("revoked reads exactly like unknown").isEqualTo(guessed.body());
    assertThat(api.get(path + "/files/" + sharedFile, null).status()).isEqualTo(404);
  }

  @Test
  void anAdviserReadsThroughALiveGrantOnlyAndNobodyElseDoes() {
    String mark = mark();
    String tagged = entry(camille, "Sécurité " + mark);
    String other = entry(camille, "Autre " + mark);
    assertThat(
            api.put(
                    "/api/me/entries/" + tagged + "/skills",
                    camille,
                    "[{\"referential\":\"PIX\",\"code\":\"" + PIX_SECURITY + "\"}]")
                .status())
        .isEqualTo(200);
    Answer created =
        share(
            camille,
            "{\"adviserEmail\":\"NADIA@demo.parcours.invalid\","
                + "\"skills\":[{\"referential\":\"PIX\",\"code\":\""
                + PIX_SECURITY
                + "\"}],"
                + "\"purpose\":\"Bilan "
                + mark
                + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String grant = created.json().getString("id");
    assertThat(created.json().containsKey("link")).isFalse();

    assertThat(api.get("/api/adviser/shares", nadia).body()).contains(grant);
    Answer read = api.get("/api/adviser/shares/" + grant, nadia);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body()).contains("Sécurité " + mark).doesNotContain("Autre " + mark);
    String file = attach(tagged, "bilan.pdf");
    assertThat(api.get("/api/adviser/shares/" + grant + "/files/" + file, nadia).status())
        .isEqualTo(200);
    assertThat(api.get("/api/adviser/shares/" + grant + "/files/" + file, marc).status())
        .isEqualTo(404);

    String later = entry(camille, "Tagguée ensuite " + mark);
    api.put(
        "/api/me/entries/" + later + "/skills",
        camille,
        "[{\"referential\":\"PIX\",\"code\":\"" + PIX_SECURITY + "\"}]");
    assertThat(api.get("/api/adviser/shares/" + grant, nadia).body())
        .as("a selection by skill is evaluated at each read")
        .contains("Tagguée ensuite " + mark);
    assertThat(accessLog(camille).get(0).getString("reader")).isEqualTo("Nadia Haddad");

    // Everyone else: the same 404 as for a grant that does not exist, or no access at all.
    assertThat(api.get("/api/adviser/shares/" + grant, marc).status()).isEqualTo(404);
    assertThat(api.get("/api/adviser/shares", marc).body()).doesNotContain(grant);
    assertThat(api.get("/api/adviser/shares/" + grant, lucas).status()).isEqualTo(403);
    assertThat(api.get("/api/adviser/shares/" + grant, null).status()).isEqualTo(401);
    assertThat(api.get("/api/me/entries/" + other, nadia).status()).isIn(403, 404, 405);
    assertThat(api.get("/api/me/experiences/" + other, nadia).status()).isEqualTo(403);
    assertThat(api.get("/api/me/experiences/" + other, lucas).status()).isEqualTo(404);
    assertThat(api.get("/api/me/shares", lucas).body()).doesNotContain(grant);
    assertThat(api.get("/api/me/access-log", lucas).body()).doesNotContain(grant);

    assertThat(api.delete("/api/me/shares/" + grant, camille).status()).isEqualTo(204);
    assertThat(api.get("/api/adviser/shares/" + grant, nadia).status()).isEqualTo(404);
    assertThat(api.get("/api/adviser/shares", nadia).body()).doesNotContain(grant);
  }

  @Test
  void anExpiredGrantReadsLikeAnUnknownOne() {
    String mark = mark();
    String shared = entry(camille, "Brève " + mark);
    String end = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3).toString();
    Answer created =
        share(
            camille,
            "{\"link\":true,\"entryIds\":[\""
                + shared
                + "\"],"
                + "\"purpose\":\"Court\",\"endsAt\":\""
                + end
                + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String link = created.json().getString("link");
    String path = "/api/links/" + link.substring(link.indexOf("?t=") + 3);
    assertThat(api.get(path, null).status()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> api.get(path, null).status() == 404);
    assertThat(api.get("/api/me/shares", camille).body()).contains(created.json().getString("id"));
  }

  @Test
  void badGrantsAreExplainedAndNothingIsShared() {
    String mine = entry(camille, "Mienne " + mark());
    String theirs = entry(lucas, "Sienne " + mark());
    int before = api.get("/api/me/shares", camille).json().getJsonArray("items").size();
    List<String> bodies =
        List.of(
            "{\"adviserEmail\":\"personne@nulle.part\",\"entryIds\":[\""
                + mine
                + "\"],\"purpose\":\"x\"}",
            "{\"link\":true,\"entryIds\":[\""
                + mine
                + "\"],\"purpose\":\"x\","
                + "\"startsAt\":\"2030-01-10T00:00:00Z\",\"endsAt\":\"2030-01-01T00:00:00Z\"}",
            "{\"link\":true,\"entryIds\":[\"" + theirs + "\"],\"purpose\":\"x\"}",
            "{\"link\":true,\"entryIds\":[\"" + mine + "\"]}",
            "{\"link\":true,\"purpose\":\"x\"}");
    List<String> rules =
        List.of(
            "share.adviser.unknown",
            "share.endsAt.beforeStart",
            "share.entry.unknown",
            "share.purpose.required",
            "share.selection.oneOf");
    for (int i = 0; i < bodies.size(); i++) {
      Answer refused = share(camille, bodies.get(i));
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.body()).contains(rules.get(i));
    }
    assertThat(api.get("/api/me/shares", camille).json().getJsonArray("items")).hasSize(before);
  }

  @Test
  void aRevokeRacingReadsLetsNoReadThroughOnceItReturned() throws Exception {
    String shared = entry(camille, "Course " + mark());
    Answer created =
        share(
            camille,
            "{\"link\":true,\"entryIds\":[\"" + shared + "\"]," + "\"purpose\":\"Course\"}");
    String link = created.json().getString("link");
    String path = "/api/links/" + link.substring(link.indexOf("?t=") + 3);
    String grant = created.json().getString("id");

    RacingReads readers = RacingReads.start(8, () -> api.get(path, null).status());
    long revokeReturned;
    try (readers) {
      await().atMost(Duration.ofSeconds(10)).until(() -> readers.count() > 40);
      assertThat(api.delete("/api/me/shares/" + grant, camille).status()).isEqualTo(204);
      revokeReturned = System.nanoTime();
      await().atMost(Duration.ofSeconds(10)).until(() -> readers.count() > 120);
    }
    List<RacingReads.Read> reads = readers.all();

    List<RacingReads.Read> after =
        reads.stream().filter(r -> r.startedNanos() > revokeReturned).toList();
    assertThat(after).as("reads started after the revoke returned").isNotEmpty();
    assertThat(after).allSatisfy(r -> assertThat(r.status()).isEqualTo(404));
    assertThat(reads.stream().filter(r -> r.status() == 200).count())
        .as("reads before the revoke succeeded")
        .isPositive();
  }

  @Test
  void theAuditTrailVerifiesAndOnlyAnAdminMayAsk() {
    share(
        camille,
        "{\"link\":true,\"entryIds\":[\""
            + entry(camille, "Audit " + mark())
            + "\"],\"purpose\":\"Audit\"}");
    Answer verified = api.get("/api/admin/audit/verify", ada);
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.json().getJsonArray("broken")).isEmpty();
    assertThat(verified.json().getInt("events")).isPositive();
    assertThat(api.get("/api/admin/audit/verify", camille).status()).isEqualTo(403);
  }

  private static String mark() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static String entry(String token, String title) {
    Answer created =
        api.post(
            "/api/me/experiences",
            token,
            "{\"title\":\"" + title + "\",\"startDate\":\"2020-01-06\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  private static String attach(String entry, String name) {
    Answer kept =
        api.send(
            api.request("/api/me/entries/" + entry + "/files?name=" + name, camille)
                .header("Content-Type", "application/pdf")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")));
    assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
    return kept.json().getString("id");
  }

  private static Answer share(String token, String body) {
    return api.post("/api/me/shares", token, body);
  }

  private static List<JsonObject> accessLog(String token) {
    return api.get("/api/me/access-log", token).json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }
}
