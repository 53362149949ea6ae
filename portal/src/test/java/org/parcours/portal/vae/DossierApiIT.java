package org.parcours.portal.vae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.Duration;
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
import org.parcours.portal.testing.EmployerAttestations;
import org.parcours.portal.testing.LocalIdentityProvider;

/**
 * VAE dossiers against the real RNCP referential of the data folder: the certification's blocs,
 * narratives, links to the worker's own evidence only, coverage with verified and declared
 * evidence, offers for the gaps, archive, and nothing visible to another worker.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DossierApiIT {

  // Diplôme d'État d'aide-soignant: five blocs in the 2024-01-17 export.
  private static final String DEAS = "RNCP35830";
  // Titre professionnel agent de propreté et d'hygiène: a fiche of the Ministry of Labour.
  private static final String OTHER = "RNCP183";

  private static Api api;
  private static String lucas;
  private static String zoe;
  private static String paul;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @BeforeAll
  static void signIn() {
    api = Api.ofDeployedPortal();
    lucas = LocalIdentityProvider.accessToken("lucas");
    zoe = LocalIdentityProvider.accessToken("zoe");
    paul = LocalIdentityProvider.accessToken("paul");
  }

  @Test
  void aCertificationIsFoundByNumberOrWordsAndADossierOpensWithItsRealBlocs() {
    Answer byNumber = api.get("/api/certifications?q=rncp%2035830", lucas);
    assertThat(byNumber.status()).as(byNumber.toString()).isEqualTo(200);
    JsonObject deas = byNumber.json().getJsonArray("items").getJsonObject(0);
    assertThat(deas.getString("number")).isEqualTo(DEAS);
    assertThat(deas.getJsonArray("blocs")).hasSize(5);
    Answer byWords = api.get("/api/certifications?q=environnement%20immediat%20materiels", lucas);
    assertThat(byWords.body()).as("accents and case do not matter").contains(DEAS);

    JsonObject dossier = fresh(lucas, DEAS);
    assertThat(dossier.getString("certification")).isEqualTo(DEAS);
    assertThat(dossier.getJsonArray("blocs"))
        .extracting(b -> b.asJsonObject().getString("code"))
        .containsExactly(
            "RNCP35830BC01", "RNCP35830BC02", "RNCP35830BC03", "RNCP35830BC04", "RNCP35830BC05");
    assertThat(bloc(dossier, "RNCP35830BC02").getString("label"))
        .startsWith("Evaluation de l’état clinique et mise en œuvre de soins adaptés");
    assertThat(bloc(dossier, "RNCP35830BC02").getJsonArray("competences")).isNotEmpty();

    Answer again = api.post("/api/me/dossiers", lucas, "{\"certification\":\"" + DEAS + "\"}");
    assertThat(again.status()).as("one active dossier per certification").isEqualTo(409);
    assertThat(again.body()).contains("dossier.certification.duplicate");
  }

  @Test
  void offersForAGapComeNearestFirstFromAPlaceTheWorkerGives() {
    JsonObject dossier = fresh(lucas, DEAS);
    String id = dossier.getString("id");
    publishOffer("Accompagnement VAE à Marseille " + UUID.randomUUID(), "RNCP35830BC03", "13001");
    publishOffer("Accompagnement VAE à Lyon " + UUID.randomUUID(), "RNCP35830BC03", "69001");
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() ->
            api
                    .get("/api/me/dossiers/" + id + "/coverage?near=69003", lucas)
                    .json()
                    .getJsonArray("blocs")
                    .stream()
                    .map(JsonValue::asJsonObject)
                    .filter(b -> b.getString("code").equals("RNCP35830BC03"))
                    .findFirst()
                    .orElseThrow()
                    .getJsonArray("offers")
                    .size()
                >= 2);
    List<Double> distances =
        api
            .get("/api/me/dossiers/" + id + "/coverage?near=69003", lucas)
            .json()
            .getJsonArray("blocs")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(b -> b.getString("code").equals("RNCP35830BC03"))
            .findFirst()
            .orElseThrow()
            .getJsonArray("offers")
            .stream()
            .map(o -> o.asJsonObject())
            .filter(o -> !o.isNull("distanceKm"))
            .map(o -> o.getJsonNumber("distanceKm").doubleValue())
            .toList();
    assertThat(distances).isNotEmpty().isSorted();
    assertThat(distances.get(0)).as("a Lyon offer, from Lyon 3e").isLessThan(10);

    Answer nowhere = api.get("/api/me/dossiers/" + id + "/coverage?near=00000", lucas);
    assertThat(nowhere.status()).isEqualTo(400);
    assertThat(nowhere.body()).contains("catalogue.near.unknown");
  }

  @Test
  void anUnknownCertificationGetsAReasonAndNothingIsStored() {
    int before = dossiers(zoe).size();
    Answer unknown = api.post("/api/me/dossiers", zoe, "{\"certification\":\"RNCP9999999\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.contentType()).isEqualTo("application/problem+json");
    assertThat(unknown.body()).contains("dossier.certification.unknown", "RNCP35185");
    assertThat(api.post("/api/me/dossiers", zoe, "{}").status()).isEqualTo(400);
    assertThat(api.get("/api/certifications/RNCP9999999", zoe).status()).isEqualTo(404);
    assertThat(dossiers(zoe)).hasSize(before);
  }

  @Test
  void coverageCountsVerifiedAndDeclaredEvidenceAndGapsOpenCatalogueOffers() {
    JsonObject dossier = fresh(zoe, DEAS);
    String id = dossier.getString("id");
    String experience = experience(zoe, "Aide-soignante de nuit " + UUID.randomUUID());
    String credential = verifiedCredential(zoe);
    publishOffer("Module évaluation clinique " + UUID.randomUUID(), "RNCP35830BC02");

    link(zoe, id, "RNCP35830BC01", "entry", experience);
    link(zoe, id, "RNCP35830BC01", "credential", credential);
    link(zoe, id, "RNCP35830BC02", "entry", experience);
    assertThat(
            api.put(
                    "/api/me/dossiers/" + id + "/blocs/RNCP35830BC01/narrative",
                    zoe,
                    "{\"text\":\"J’ai accompagné des résidents la nuit, seule en unité.\"}")
                .status())
        .isEqualTo(200);
    int competences = bloc(get(zoe, id), "RNCP35830BC01").getJsonArray("competences").size();
    for (int i = 0; i < competences; i++) {
      assess(zoe, id, "RNCP35830BC01", i, "acquired");
    }
    assertThat(
            api.put(
                    "/api/me/dossiers/" + id + "/blocs/RNCP35830BC05/targeted",
                    zoe,
                    "{\"targeted\":false}")
                .status())
        .isEqualTo(200);

    // The index follows the database within seconds, unless the demo catalogue is being indexed.
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> !coverage(zoe, id, "RNCP35830BC02").getJsonArray("offers").isEmpty());
    JsonObject first = coverage(zoe, id, "RNCP35830BC01");
    assertThat(first.getInt("evidence")).isEqualTo(2);
    assertThat(first.getInt("verified")).as("the signed attestation").isEqualTo(1);
    assertThat(first.getInt("declared")).as("the experience").isEqualTo(1);
    assertThat(first.getJsonArray("gaps")).as("nothing missing").isEmpty();
    assertThat(first.getJsonArray("offers")).as("no offers where nothing is missing").isEmpty();

    JsonObject second = coverage(zoe, id, "RNCP35830BC02");
    assertThat(second.getInt("declared")).isEqualTo(1);
    assertThat(second.getJsonArray("gaps"))
        .extracting(g -> ((jakarta.json.JsonString) g).getString())
        .containsExactly("no_verified_evidence", "no_narrative", "not_assessed");
    // The index follows the database within a second: an offer withdrawn meanwhile is skipped.
    List<Answer> listed =
        second.getJsonArray("offers").stream()
            .map(o -> api.get("/api/catalogue/offers/" + o.asJsonObject().getString("id"), null))
            .filter(a -> a.status() == 200)
            .toList();
    assertThat(listed)
        .as("public offers that name the bloc, ours or earlier ones")
        .isNotEmpty()
        .allSatisfy(a ->
            assertThat(a.json().getJsonArray("blocCodes").toString()).contains("RNCP35830BC02"));

    JsonObject fifth = coverage(zoe, id, "RNCP35830BC05");
    assertThat(fifth.getBoolean("targeted")).isFalse();
    assertThat(fifth.getJsonArray("gaps")).as("a bloc set aside lacks nothing").isEmpty();

    assertThat(api.delete("/api/me/experiences/" + experience, zoe).status()).isEqualTo(204);
    assertThat(coverage(zoe, id, "RNCP35830BC01").getInt("declared"))
        .as("a deleted experience stops counting")
        .isZero();
  }

  @Test
  void anotherWorkersEvidenceCannotBeLinkedAndTheirDossierCannotBeSeen() {
    JsonObject mine = fresh(zoe, OTHER);
    String id = mine.getString("id");
    String code = mine.getJsonArray("blocs").getJsonObject(0).getString("code");
    String hers = experience(lucas, "Expérience de Lucas " + UUID.randomUUID());

    Answer stolen =
        api.post(
            "/api/me/dossiers/" + id + "/blocs/" + code + "/links",
            zoe,
            "{\"kind\":\"entry\",\"target\":\"" + hers + "\"}");
    assertThat(stolen.status()).isEqualTo(400);
    assertThat(stolen.body()).contains("dossier.link.unknown");
    assertThat(bloc(get(zoe, id), code).getJsonArray("links")).isEmpty();

    assertThat(api.get("/api/me/dossiers/" + id, lucas).status()).isEqualTo(404);
    assertThat(api.get("/api/me/dossiers/" + id + "/coverage", lucas).status()).isEqualTo(404);
    Answer write =
        api.put(
            "/api/me/dossiers/" + id + "/blocs/" + code + "/narrative",
            lucas,
            "{\"text\":\"intrus\"}");
    assertThat(write.status()).isEqualTo(404);
    assertThat(
            bloc(get(zoe, id), code).containsKey("narrative")
                && !bloc(get(zoe, id), code).isNull("narrative"))
        .isFalse();
    assertThat(api.get("/api/me/dossiers/not-a-uuid", zoe).status()).isEqualTo(404);
  }

  @Test
  void anArchivedDossierIsKeptReadOnlyUntilReopened() {
    JsonObject dossier = fresh(lucas, OTHER);
    String id = dossier.getString("id");
    String code = dossier.getJsonArray("blocs").getJsonObject(0).getString("code");
    assertThat(api.post("/api/me/dossiers/" + id + "/archive", lucas, "").status()).isEqualTo(200);
    Answer refused =
        api.put(
            "/api/me/dossiers/" + id + "/blocs/" + code + "/narrative",
            lucas,
            "{\"text\":\"trop tard\"}");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("dossier.archived", "rouvrez");
    assertThat(get(lucas, id).getString("status")).isEqualTo("archived");
    assertThat(api.post("/api/me/dossiers/" + id + "/reopen", lucas, "").status()).isEqualTo(200);
    assertThat(
            api.put(
                    "/api/me/dossiers/" + id + "/blocs/" + code + "/narrative",
                    lucas,
                    "{\"text\":\"repris\"}")
                .status())
        .isEqualTo(200);
    Answer tooLong =
        api.put(
            "/api/me/dossiers/" + id + "/blocs/" + code + "/narrative",
            lucas,
            "{\"text\":\"" + "x".repeat(10_001) + "\"}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(bloc(get(lucas, id), code).getString("narrative")).isEqualTo("repris");
  }

  @Test
  void theDossierExportsAsATaggedPdfWithTheWorkersWords() throws Exception {
    JsonObject dossier = fresh(lucas, OTHER);
    String id = dossier.getString("id");
    String code = dossier.getJsonArray("blocs").getJsonObject(0).getString("code");
    String experience = experience(lucas, "Frigoriste chez Froid’Est");
    link(lucas, id, code, "entry", experience);
    api.put(
        "/api/me/dossiers/" + id + "/blocs/" + code + "/narrative",
        lucas,
        "{\"text\":\"J’ai mis en service <b>douze</b> chambres froides.\"}");

    var answer = api.sendBytes(api.request("/api/me/dossiers/" + id + "/pdf", lucas).GET());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(answer.body())) {
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
      assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith("fr");
      String text =
          new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("J’ai mis en service <b>douze</b> chambres froides.")
          .contains("Frigoriste chez Froid’Est")
          .contains(code);
    }
    assertThat(api.get("/api/me/dossiers/" + id + "/pdf", zoe).status()).isEqualTo(404);
  }

  @Test
  void theDossierTravelsAsASignedOpenBadgeThatVerifiersAcceptAndTamperingBreaks() {
    JsonObject dossier = fresh(lucas, OTHER);
    String id = dossier.getString("id");
    String code = dossier.getJsonArray("blocs").getJsonObject(0).getString("code");
    api.put(
        "/api/me/dossiers/" + id + "/blocs/" + code + "/narrative",
        lucas,
        "{\"text\":\"Chambres froides montées en 2019.\"}");

    Answer issued = api.get("/api/me/dossiers/" + id + "/credential", lucas);
    assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
    JsonObject credential = issued.json();
    assertThat(credential.getJsonArray("type").toString()).contains("OpenBadgeCredential");
    assertThat(credential.getJsonObject("proof").getString("cryptosuite"))
        .isEqualTo("eddsa-rdfc-2022");
    assertThat(credential.getJsonObject("issuer").getString("id")).startsWith("did:web:");
    assertThat(credential.toString()).contains("Chambres froides montées en 2019.", OTHER);

    Answer verified =
        api.post(
            "/api/vc/credentials/verify", null, "{\"verifiableCredential\":" + credential + "}");
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.json().getBoolean("verified")).isTrue();
    assertThat(verified.json().getJsonArray("checks").toString())
        .as("conforms to the Open Badges 3.0 schema")
        .contains("schema");

    String tampered = credential.toString().replace("montées en 2019", "montées en 2009");
    Answer refused =
        api.post("/api/vc/credentials/verify", null, "{\"verifiableCredential\":" + tampered + "}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(api.get("/api/me/dossiers/" + id + "/credential", zoe).status()).isEqualTo(404);
  }

  @Test
  void aJuryReadsTheSharedDossierAndItsEvidenceOnlyAndTheWorkerSeesTheRead() {
    JsonObject dossier = fresh(zoe, OTHER);
    String id = dossier.getString("id");
    String code = dossier.getJsonArray("blocs").getJsonObject(0).getString("code");
    String linked = experience(zoe, "Frigoriste " + UUID.randomUUID());
    String kept = experience(zoe, "Privée " + UUID.randomUUID());
    link(zoe, id, code, "entry", linked);
    api.put(
        "/api/me/dossiers/" + id + "/blocs/" + code + "/narrative",
        zoe,
        "{\"text\":\"Pour le jury : montage de groupes froids.\"}");

    Answer shared =
        api.post(
            "/api/me/shares",
            zoe,
            "{\"link\":true,\"dossierId\":\"" + id + "\",\"purpose\":\"Jury VAE\"}");
    assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
    String link = shared.json().getString("link");
    String token = link.substring(link.indexOf("?t=") + 3);

    Answer read = api.get("/api/links/" + token, null);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.json().getJsonObject("dossier").getString("certification")).isEqualTo(OTHER);
    assertThat(read.body())
        .contains("Pour le jury : montage de groupes froids.", linked)
        .doesNotContain(kept);
    assertThat(
            api.get("/api/me/access-log", zoe)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("reader"))
        .isEqualTo("lien");

    Answer notMine =
        api.post(
            "/api/me/shares",
            lucas,
            "{\"link\":true,\"dossierId\":\"" + id + "\",\"purpose\":\"Vol\"}");
    assertThat(notMine.status()).isEqualTo(400);
    assertThat(notMine.body()).contains("share.dossier.unknown");
  }

  // --- helpers

  /** A new dossier for the certification, deleting any earlier one of this worker for it. */
  static JsonObject fresh(String token, String certification) {
    for (JsonObject d : dossiers(token)) {
      if (d.getString("certification").equals(certification)) {
        assertThat(api.delete("/api/me/dossiers/" + d.getString("id"), token).status())
            .isEqualTo(204);
      }
    }
    Answer opened =
        api.post("/api/me/dossiers", token, "{\"certification\":\"" + certification + "\"}");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    return opened.json();
  }

  private static List<JsonObject> dossiers(String token) {
    Answer list = api.get("/api/me/dossiers", token);
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
  }

  private static JsonObject get(String token, String id) {
    Answer read = api.get("/api/me/dossiers/" + id, token);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    return read.json();
  }

  static JsonObject bloc(JsonObject dossier, String code) {
    return dossier.getJsonArray("blocs").stream()
        .map(JsonValue::asJsonObject)
        .filter(b -> b.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject coverage(String token, String id, String code) {
    Answer read = api.get("/api/me/dossiers/" + id + "/coverage", token);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    return read.json().getJsonArray("blocs").stream()
        .map(JsonValue::asJsonObject)
        .filter(b -> b.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static void link(String token, String id, String code, String kind, String target) {
    Answer linked =
        api.post(
            "/api/me/dossiers/" + id + "/blocs/" + code + "/links",
            token,
            "{\"kind\":\"" + kind + "\",\"target\":\"" + target + "\"}");
    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
  }

  private static void assess(String token, String id, String code, int index, String value) {
    Answer assessed =
        api.put(
            "/api/me/dossiers/" + id + "/blocs/" + code + "/competences/" + index,
            token,
            "{\"assessment\":\"" + value + "\"}");
    assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);
  }

  static String experience(String token, String title) {
    Answer created =
        api.post(
            "/api/me/experiences",
            token,
            "{\"title\":\"" + title + "\",\"startDate\":\"2020-01-06\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  private static String verifiedCredential(String token) {
    Answer kept =
        api.send(
            api.request("/api/me/credentials", token)
                .header("Content-Type", "text/plain")
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        EmployerAttestations.signed(
                            "zoe@demo.parcours.invalid", "Soins de nuit " + UUID.randomUUID()))));
    assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
    assertThat(kept.json().getString("verdict")).isEqualTo("verified");
    return kept.json().getString("id");
  }

  private static String publishOffer(String title, String bloc) {
    return publishOffer(title, bloc, null);
  }

  private static String publishOffer(String title, String bloc, String postalCode) {
    Answer published =
        api.post(
            "/api/partner/offers",
            paul,
            """
            {"title":"%s","description":"Préparer le bloc 2 du diplôme d'aide-soignant.",
             "category":"vae_accompagnement","modality":"%s","blocCodes":["%s"]%s}
            """
                .formatted(
                    title,
                    postalCode == null ? "remote" : "in_person",
                    bloc,
                    postalCode == null ? "" : ",\"postalCodes\":[\"" + postalCode + "\"]"));
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    return published.json().getJsonObject("offer").getString("id");
  }
}
