package org.parcours.portal.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * The catalogue as partners, administrators and anyone see it: the demo catalogue is searchable, a
 * vetted partner's offer appears in search seconds after it is saved, moderation takes it out, and
 * bad searches get reasons, never errors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueApiIT {

  private static Api api;
  private static String paul;
  private static String ines;
  private static String admin;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @BeforeAll
  static void signIn() {
    api = Api.ofDeployedPortal();
    paul = LocalIdentityProvider.accessToken("paul");
    ines = LocalIdentityProvider.accessToken("ines");
    admin = LocalIdentityProvider.accessToken("ada");
    // The demo catalogue fills in the background at start (3,000 offers).
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> search("size=1", null).json().getJsonNumber("total").longValue() >= 3_000);
  }

  @Test
  void anyoneSearchesWithFacetsAndSnippetsWithoutSigningIn() {
    Answer answer = search("q=" + enc("accompagnement VAE") + "&size=5", null);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonObject results = answer.json();
    assertThat(results.getJsonNumber("total").longValue()).isPositive();
    assertThat(results.getJsonArray("hits")).hasSizeLessThanOrEqualTo(5);
    assertThat(results.getJsonObject("facets").keySet())
        .contains("category", "modality", "region", "cpf", "price");
  }

  @Test
  void aVettedPartnersOfferIsFoundNearItsCommuneSecondsAfterItIsSaved() {
    String word = "Zythologie" + UUID.randomUUID().toString().substring(0, 6);
    Answer published = publish(paul, offer(word + " appliquée", "69100"));
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    String id = published.json().getJsonObject("offer").getString("id");

    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> search("q=" + word, null).json().getJsonNumber("total").longValue() == 1);
    JsonObject hit = search("q=" + word, null).json().getJsonArray("hits").getJsonObject(0);
    assertThat(hit.getString("id")).isEqualTo(id);
    assertThat(hit.getString("snippetHtml")).contains("<mark>");

    JsonObject near = search("q=" + word + "&near=69100&radiusKm=20&sort=distance", null).json();
    assertThat(near.getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(near.getJsonArray("hits").getJsonObject(0).getJsonNumber("distanceKm").doubleValue())
        .isLessThan(5);
    assertThat(
            search("q=" + word + "&near=13001&radiusKm=20", null)
                .json()
                .getJsonNumber("total")
                .longValue())
        .isZero();

    Answer suspended =
        api.post(
            "/api/admin/offers/" + id + "/moderation",
            admin,
            "{\"status\":\"suspended\",\"reason\":\"Prix à justifier\"}");
    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> search("q=" + word, null).json().getJsonNumber("total").longValue() == 0);
    assertThat(api.get("/api/catalogue/offers/" + id, null).status()).isEqualTo(404);
    assertThat(api.get("/api/partner/offers", paul).body()).contains("Prix à justifier");
  }

  @Test
  void aPartnerThatIsNotVettedCannotPublishUntilAnAdministratorVetsIt() {
    String inesOrganisation = api.get("/api/partner/organisation", ines).json().getString("id");
    String review = "/api/admin/partners/" + inesOrganisation + "/review";
    Answer noReason = api.post(review, admin, "{\"status\":\"suspended\"}");
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    assertThat(api.post(review, paul, "{\"status\":\"vetted\"}").status()).isEqualTo(403);
    // Inès starts pending in the demo; a suspension puts her back there on a rerun.
    Answer suspended =
        api.post(
            review,
            admin,
            "{\"status\":\"suspended\",\"reason\":\"Attestation Qualiopi expirée\"}");
    assertThat(suspended.json().getString("statusReason"))
        .isEqualTo("Attestation Qualiopi expirée");

    Answer refused = publish(ines, offer("Bilan " + UUID.randomUUID(), "75001"));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(refused.json().getString("type")).isEqualTo("urn:parcours:problem:not-permitted");

    Answer vetted = api.post(review, admin, "{\"status\":\"vetted\"}");
    assertThat(vetted.json().getString("status")).isEqualTo("vetted");
    assertThat(publish(ines, offer("Bilan de compétences " + UUID.randomUUID(), "75001")).status())
        .isEqualTo(201);
  }

  @Test
  void aPartnerNeverTouchesAnotherPartnersOffer() {
    String word = "Oenologie" + UUID.randomUUID().toString().substring(0, 6);
    String id = publish(paul, offer(word, "69001")).json().getJsonObject("offer").getString("id");

    String stranger = LocalIdentityProvider.accessToken("ines");
    assertThat(api.put("/api/partner/offers/" + id, stranger, offer("Détournée", "69001")).status())
        .isEqualTo(404);
    assertThat(api.delete("/api/partner/offers/" + id, stranger).status()).isEqualTo(404);
    assertThat(api.get("/api/partner/offers", stranger).body()).doesNotContain(word);
    assertThat(
            api.get("/api/partner/offers", LocalIdentityProvider.accessToken("camille")).status())
        .isEqualTo(403);
  }

  @Test
  void aRebuildFromTheDatabaseHoldsEveryPublicOfferAgain() {
    long before = search("size=1", null).json().getJsonNumber("total").longValue();

    assertThat(api.post("/api/admin/catalogue/rebuild", admin, "").status()).isEqualTo(200);
    assertThat(api.post("/api/admin/catalogue/rebuild", paul, "").status()).isEqualTo(403);

    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(1))
        .until(() ->
            !api.post("/api/admin/catalogue/index", admin, "").json().getBoolean("rebuilding"));
    // The 3,000 demo offers alone are six pages of 500: a walk that stopped early would lose them.
    assertThat(before).isGreaterThanOrEqualTo(3_000);
    assertThat(search("size=1", null).json().getJsonNumber("total").longValue())
        .isGreaterThanOrEqualTo(3_000);
  }

  @Test
  void badSearchesGetAReasonAndSyntaxIsJustText() {
    assertThat(search("size=1000", null).status()).isEqualTo(400);
    assertThat(search("facets=colour", null).status()).isEqualTo(400);
    Answer category = search("category=astrologie", null);
    assertThat(category.status()).isEqualTo(400);
    assertThat(category.json().getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("category");
    assertThat(search("near=00000", null).status()).isEqualTo(400);
    assertThat(search("page=100000&size=100", null).status()).isEqualTo(400);
    for (String garbage :
        new String[] {
          "((( title:[ AND", "\"unterminated", "*:*", "a~~~^^^", "<script>alert(1)</script>"
        }) {
      Answer answer = search("q=" + enc(garbage), null);
      assertThat(answer.status()).as(garbage + " " + answer).isEqualTo(200);
      assertThat(answer.body()).doesNotContain("<script>");
    }
  }

  @Test
  void anLheoFileImportsAndAHostileOneIsReportedNotRead() throws Exception {
    String lheo =
        Files.readString(
            Path.of(
                System.getProperty("parcours.data.dir", "../../shared/data"),
                "catalogue-offres/lheo/exemple-bts-onisep.lheo-2.2.xml"));
    Answer imported =
        api.send(
            api.request("/api/partner/offers/import", paul)
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(lheo)));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().getInt("imported")).isEqualTo(1);

    Answer broken =
        api.send(
            api.request("/api/partner/offers/import", paul)
                .header("Content-Type", "application/xml")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><lheo>&e;</lheo>")));
    assertThat(broken.status()).as(broken.toString()).isEqualTo(200);
    assertThat(broken.json().getInt("imported")).isZero();
    assertThat(broken.json().getJsonArray("problems")).isNotEmpty();
    assertThat(broken.body()).doesNotContain("root:");
  }

  @Test
  void anImportPublishedInTheBackgroundTellsItsProgressToItsPartnerOnly() throws Exception {
    String lheo =
        Files.readString(
            Path.of(
                System.getProperty("parcours.data.dir", "../../shared/data"),
                "catalogue-offres/lheo/exemple-bts-onisep.lheo-2.2.xml"));
    Answer started =
        api.send(
            api.request("/api/partner/offers/imports", paul)
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(lheo)));
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    assertThat(started.json().getInt("total")).isEqualTo(1);
    String location = started.header("Location").orElseThrow();
    String path = java.net.URI.create(location).getPath();
    assertThat(path).startsWith("/api/partner/offers/imports/");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.get(path, paul).json().getString("status").equals("done"));
    JsonObject done = api.get(path, paul).json();
    assertThat(done.getInt("published")).isEqualTo(1);
    assertThat(done.getBoolean("complete")).isTrue();
    assertThat(done).as("no failure").doesNotContainKey("failure");

    assertThat(api.get(path, LocalIdentityProvider.accessToken("camille")).status())
        .as("a worker is no partner")
        .isEqualTo(403);
    assertThat(api.get("/api/partner/offers/imports/" + UUID.randomUUID(), paul).status())
        .isEqualTo(404);
  }

  private static Answer search(String query, String token) {
    return api.get("/api/catalogue/search?" + query, token);
  }

  private static Answer publish(String token, String offer) {
    return api.post("/api/partner/offers", token, offer);
  }

  private static String offer(String title, String postalCode) {
    return """
    {"title":"%s","description":"%s : un parcours pour découvrir le métier, avec une immersion en entreprise.",
     "category":"formation","modality":"in_person","postalCodes":["%s"],
     "sessions":[{"start":"2027-01-10","end":"2027-03-20"}],"durationHours":140,"priceCents":120000,
     "cpfEligible":true,"rncpCodes":["RNCP35185"],"romeCodes":["D1402"]}
    """
        .formatted(title, title, postalCode);
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
