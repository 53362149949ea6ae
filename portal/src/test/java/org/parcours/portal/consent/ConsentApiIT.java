package org.parcours.portal.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * Consent in person as each side lives it: Nadia (a CEP adviser in the demo organisations) shows a
 * code, the worker confirms a scope on their own session, Nadia reads that scope only, notes and
 * recommends; Marc (France Travail) reads nothing of it; codes are single-use and guessing is
 * slowed; a withdrawal racing Nadia's reads lets none through after it committed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsentApiIT {

  private static Api api;
  private static String camille;
  private static String lucas;
  private static String zoe;
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
    zoe = LocalIdentityProvider.accessToken("zoe");
    nadia = LocalIdentityProvider.accessToken("nadia");
    marc = LocalIdentityProvider.accessToken("marc");
    ada = LocalIdentityProvider.accessToken("ada");
    assertThat(api.get("/api/adviser/shares", nadia).status()).isEqualTo(200);
    assertThat(api.get("/api/adviser/shares", marc).status()).isEqualTo(200);
  }

  @Test
  void theWorkerSeesWhoAsksChoosesEntriesAndTheAdviserReadsThoseOnly() {
    String shown = experience(lucas, "Montrée " + UUID.randomUUID());
    String kept = experience(lucas, "Gardée " + UUID.randomUUID());
    JsonObject asked = ask(nadia);
    assertThat(asked.getString("code")).matches("[A-HJ-NP-Z2-9]{8}");
    assertThat(asked.getString("link"))
        .endsWith("/portfolio/consent.xhtml?code=" + asked.getString("code"));
    assertThat(state(nadia, asked).getString("state")).isEqualTo("pending");

    String typed =
        asked.getString("code").substring(0, 4).toLowerCase()
            + "-"
            + asked.getString("code").substring(4);
    Answer who = api.post("/api/me/consents/lookup", lucas, "{\"code\":\"" + typed + "\"}");
    assertThat(who.status()).as(who.toString()).isEqualTo(200);
    assertThat(who.json().getString("organisation")).isEqualTo("CEP Auvergne-Rhône-Alpes (démo)");
    assertThat(who.json().getString("organisationKind")).isEqualTo("cep");
    assertThat(who.json().getString("adviser")).isNotBlank();

    Answer given =
        api.post(
            "/api/me/consents",
            lucas,
            "{\"code\":\""
                + asked.getString("code")
                + "\",\"scope\":\"entries\",\"entryIds\":[\""
                + shown
                + "\"],\"durationMinutes\":30}");
    assertThat(given.status()).as(given.toString()).isEqualTo(201);
    String grant = given.json().getString("id");
    OffsetDateTime ends = OffsetDateTime.parse(given.json().getString("endsAt"));
    assertThat(Duration.between(OffsetDateTime.now(), ends))
        .isBetween(Duration.ofMinutes(28), Duration.ofMinutes(31));

    JsonObject confirmed = state(nadia, asked);
    assertThat(confirmed.getString("state")).isEqualTo("confirmed");
    assertThat(confirmed.getString("grantId")).isEqualTo(grant);
    assertThat(api.get("/api/adviser/clients", nadia).body()).contains(grant);

    Answer read = api.get("/api/adviser/shares/" + grant, nadia);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.body()).contains(shown).doesNotContain(kept);
    Answer dossiers = api.get("/api/adviser/clients/" + grant + "/dossiers", nadia);
    assertThat(dossiers.status()).as("entries only: no dossiers").isEqualTo(403);
    assertThat(dossiers.body()).contains("consent.scope.noDossier");

    assertThat(api.get("/api/adviser/shares/" + grant, marc).status())
        .as("an adviser of another organisation")
        .isEqualTo(404);
    assertThat(api.get("/api/adviser/clients", marc).body()).doesNotContain(grant);

    JsonObject logged = accessLog(lucas).get(0);
    assertThat(logged.getString("grantId")).isEqualTo(grant);
    assertThat(logged.getString("reader")).contains("(CEP Auvergne-Rhône-Alpes (démo))");
  }

  @Test
  void aCodeServesOnceAndWrongExpiredOrReusedCodesSayWhy() {
    JsonObject asked = ask(nadia);
    String code = asked.getString("code");
    assertThat(consent(camille, code, "{\"scope\":\"whole\"}").status()).isEqualTo(201);
    Answer reused = consent(lucas, code, "{\"scope\":\"whole\"}");
    assertThat(reused.status()).isEqualTo(400);
    assertThat(reused.body()).contains("consent.code.used");
    Answer lookup = api.post("/api/me/consents/lookup", lucas, "{\"code\":\"" + code + "\"}");
    assertThat(lookup.body()).contains("consent.code.used");

    Answer badScope = consent(lucas, ask(nadia).getString("code"), "{\"scope\":\"skills\"}");
    assertThat(badScope.status()).isEqualTo(400);
    assertThat(badScope.body()).contains("consent.scope.unknown");
    Answer tooLong =
        consent(
            lucas,
            ask(nadia).getString("code"),
            "{\"scope\":\"whole\",\"durationMinutes\":200000}");
    assertThat(tooLong.body()).contains("consent.duration.range");
    Answer coEditOnWhole =
        consent(lucas, ask(nadia).getString("code"), "{\"scope\":\"whole\",\"coEdit\":true}");
    assertThat(coEditOnWhole.body()).contains("consent.scope.coEdit");
    Answer notMine =
        consent(
            lucas,
            ask(nadia).getString("code"),
            "{\"scope\":\"dossier\",\"dossierId\":\"" + UUID.randomUUID() + "\"}");
    assertThat(notMine.body()).contains("consent.scope.dossier.unknown");

    Answer noOrganisation = api.post("/api/adviser/consents", camille, "");
    assertThat(noOrganisation.status()).as("a worker is no adviser").isEqualTo(403);
  }

  @Test
  void guessingCodesIsSlowedDown() {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Answer guess =
          api.post("/api/me/consents/lookup", zoe, "{\"code\":\"ZZZZ" + (2222 + i) + "\"}");
      statuses.add(guess.status());
      if (guess.status() == 400) {
        assertThat(guess.body()).contains("consent.code.unknown");
      }
    }
    assertThat(statuses).contains(429);
    Answer real =
        api.post(
            "/api/me/consents/lookup", zoe, "{\"code\":\"" + ask(nadia).getString("code") + "\"}");
    assertThat(real.status()).as("even a right code waits once guessing was seen").isEqualTo(429);
    assertThat(real.body()).contains("consent.code.tooManyAttempts");
  }

  @Test
  void aDossierConsentShowsTheDossierAndCoEditingOnlyWhenGiven() {
    String dossier = openDossier(camille, "RNCP35830");
    String code = "RNCP35830BC03";

    String readOnly =
        consent(
                camille,
                ask(nadia).getString("code"),
                "{\"scope\":\"dossier\",\"dossierId\":\"" + dossier + "\"}")
            .json()
            .getString("id");
    Answer shown = api.get("/api/adviser/clients/" + readOnly + "/dossiers", nadia);
    assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
    assertThat(shown.json().getJsonArray("items")).hasSize(1);
    assertThat(shown.body()).contains(dossier);
    Answer escalated = writeAsAdviser(readOnly, dossier, code, "Écrit par la conseillère");
    assertThat(escalated.status()).isEqualTo(403);
    assertThat(escalated.body()).contains("consent.scope.noEdit");

    String coEdit =
        consent(
                camille,
                ask(nadia).getString("code"),
                "{\"scope\":\"dossier\",\"dossierId\":\"" + dossier + "\",\"coEdit\":true}")
            .json()
            .getString("id");
    assertThat(
            writeAsAdviser(coEdit, dossier, code, "Rédigé ensemble le " + UUID.randomUUID())
                .status())
        .isEqualTo(204);
    assertThat(api.get("/api/me/dossiers/" + dossier, camille).body())
        .contains("Rédigé ensemble le");
    Answer otherDossier = writeAsAdviser(coEdit, UUID.randomUUID().toString(), code, "x");
    assertThat(otherDossier.status()).as("only the dossier consented to").isEqualTo(403);
    assertThat(writeAsAdviser(coEdit, dossier, code, "y").status()).isEqualTo(204);
    Answer byMarc =
        api.put(
            "/api/adviser/clients/"
                + coEdit
                + "/dossiers/"
                + dossier
                + "/blocs/"
                + code
                + "/narrative",
            marc,
            "{\"text\":\"intrus\"}");
    assertThat(byMarc.status()).isEqualTo(404);
  }

  @Test
  void notesAndRecommendedOffersReachTheWorkersPortfolio() {
    String grant =
        consent(camille, ask(nadia).getString("code"), "{\"scope\":\"whole\"}")
            .json()
            .getString("id");
    // A public offer: the index may still list one withdrawn a moment ago.
    JsonObject offer =
        api.get("/api/catalogue/search?size=20", null).json().getJsonArray("hits").stream()
            .map(JsonValue::asJsonObject)
            .filter(
                h -> api.get("/api/catalogue/offers/" + h.getString("id"), null).status() == 200)
            .findFirst()
            .orElseThrow();
    String body = "Pensez au bloc 3 : " + UUID.randomUUID();
    Answer noted =
        api.post(
            "/api/adviser/clients/" + grant + "/notes",
            nadia,
            "{\"body\":\"" + body + "\",\"offerId\":\"" + offer.getString("id") + "\"}");
    assertThat(noted.status()).as(noted.toString()).isEqualTo(201);

    Answer mine = api.get("/api/me/notes", camille);
    assertThat(mine.body())
        .contains(body, offer.getString("title"), "CEP Auvergne-Rhône-Alpes (démo)");
    assertThat(api.get("/api/me/notes", lucas).body()).doesNotContain(body);
    assertThat(api.get("/api/adviser/clients/" + grant + "/notes", nadia).body()).contains(body);

    Answer badOffer =
        api.post(
            "/api/adviser/clients/" + grant + "/notes",
            nadia,
            "{\"body\":\"Voir\",\"offerId\":\"" + UUID.randomUUID() + "\"}");
    assertThat(badOffer.status()).isEqualTo(400);
    assertThat(badOffer.body()).contains("note.offer.unknown");
    assertThat(
            api.post("/api/adviser/clients/" + grant + "/notes", nadia, "{\"body\":\"  \"}").body())
        .contains("note.body.required");
    assertThat(
            api.post("/api/adviser/clients/" + grant + "/notes", marc, "{\"body\":\"x\"}").status())
        .isEqualTo(404);

    assertThat(api.delete("/api/me/shares/" + grant, camille).status()).isEqualTo(204);
    assertThat(
            api.post("/api/adviser/clients/" + grant + "/notes", nadia, "{\"body\":\"après\"}")
                .status())
        .as("no note once the consent ended")
        .isEqualTo(404);
    assertThat(api.get("/api/me/notes", camille).body())
        .as("notes stay with the worker")
        .contains(body);
  }

  @Test
  void organisationsAreKeptByAdministratorsOnly() {
    assertThat(api.get("/api/admin/organisations", nadia).status()).isEqualTo(403);
    Answer list = api.get("/api/admin/organisations", ada);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("nadia@demo.parcours.invalid", "marc@demo.parcours.invalid");
    Answer badKind =
        api.post("/api/admin/organisations", ada, "{\"name\":\"X\",\"kind\":\"bank\"}");
    assertThat(badKind.body()).contains("organisation.kind.unknown");
    String name = "Mission locale " + UUID.randomUUID();
    Answer created =
        api.post(
            "/api/admin/organisations",
            ada,
            "{\"name\":\"" + name + "\",\"kind\":\"mission_locale\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(
            api.post(
                    "/api/admin/organisations",
                    ada,
                    "{\"name\":\"" + name + "\",\"kind\":\"other\"}")
                .status())
        .isEqualTo(409);
  }

  @Test
  void aWithdrawalRacingAdviserReadsLetsNoReadThroughAfterItCommitted() throws Exception {
    experience(lucas, "Course " + UUID.randomUUID());
    String grant =
        consent(lucas, ask(nadia).getString("code"), "{\"scope\":\"whole\"}")
            .json()
            .getString("id");
    String path = "/api/adviser/shares/" + grant;
    RacingReads readers = RacingReads.start(8, () -> api.get(path, nadia).status());
    long revokeReturned;
    try (readers) {
      await().atMost(Duration.ofSeconds(20)).until(() -> readers.count() > 40);
      assertThat(api.delete("/api/me/shares/" + grant, lucas).status()).isEqualTo(204);
      revokeReturned = System.nanoTime();
      await().atMost(Duration.ofSeconds(20)).until(() -> readers.count() > 160);
    }
    List<RacingReads.Read> reads = readers.all();

    List<RacingReads.Read> after =
        reads.stream().filter(r -> r.startedNanos() > revokeReturned).toList();
    assertThat(after).as("reads started after the withdrawal returned").isNotEmpty();
    assertThat(after).allSatisfy(r -> assertThat(r.status()).isEqualTo(404));
    assertThat(reads.stream().filter(r -> r.status() == 200).count()).isPositive();

    // In the database: every read the access log recorded happened before the withdrawal.
    OffsetDateTime revokedAt =
        api.get("/api/me/shares", lucas).json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(g -> g.getString("id").equals(grant))
            .map(g -> OffsetDateTime.parse(g.getString("revokedAt")))
            .findFirst()
            .orElseThrow();
    List<JsonObject> logged =
        accessLog(lucas).stream().filter(r -> r.getString("grantId").equals(grant)).toList();
    assertThat(logged).isNotEmpty();
    assertThat(logged)
        .allSatisfy(r ->
            assertThat(OffsetDateTime.parse(r.getString("readAt"))).isBeforeOrEqualTo(revokedAt));
  }

  // --- helpers

  private static JsonObject ask(String adviser) {
    Answer asked = api.post("/api/adviser/consents", adviser, "");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    return asked.json();
  }

  private static JsonObject state(String adviser, JsonObject asked) {
    Answer state = api.get("/api/adviser/consents/" + asked.getString("requestId"), adviser);
    assertThat(state.status()).as(state.toString()).isEqualTo(200);
    return state.json();
  }

  private static Answer consent(String worker, String code, String scopeJson) {
    return api.post(
        "/api/me/consents", worker, "{\"code\":\"" + code + "\"," + scopeJson.substring(1));
  }

  private static Answer writeAsAdviser(String grant, String dossier, String code, String text) {
    return api.put(
        "/api/adviser/clients/" + grant + "/dossiers/" + dossier + "/blocs/" + code + "/narrative",
        nadia,
        "{\"text\":\"" + text + "\"}");
  }

  private static String openDossier(String worker, String certification) {
    for (JsonValue d : api.get("/api/me/dossiers", worker).json().getJsonArray("items")) {
      JsonObject dossier = d.asJsonObject();
      if (dossier.getString("certification").equals(certification)
          && dossier.getString("status").equals("active")) {
        return dossier.getString("id");
      }
    }
    Answer opened =
        api.post("/api/me/dossiers", worker, "{\"certification\":\"" + certification + "\"}");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    return opened.json().getString("id");
  }

  private static String experience(String token, String title) {
    Answer created =
        api.post(
            "/api/me/experiences",
            token,
            "{\"title\":\"" + title + "\",\"startDate\":\"2020-01-06\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  private static List<JsonObject> accessLog(String token) {
    return api.get("/api/me/access-log", token).json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }
}
