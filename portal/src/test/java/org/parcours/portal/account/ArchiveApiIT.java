package org.parcours.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
import org.parcours.portal.testing.Json;
import org.parcours.portal.testing.LocalIdentityProvider;

/**
 * Export, import and erasure as a worker's client sees them, VAE dossiers included. Zoé is the
 * account these tests empty and fill; Lucas is the portfolio they copy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiveApiIT {

  private static final String PIX_SECURITY = "rec6rHqas39zvLZep";
  // Titre professionnel agent de propreté et d'hygiène, in the data folder's RNCP export.
  private static final String RNCP183 = "RNCP183";

  private static Api api;
  private static String lucas;
  private static String zoe;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @BeforeAll
  static void signIn() {
    api = Api.ofDeployedPortal();
    lucas = LocalIdentityProvider.accessToken("lucas");
    zoe = LocalIdentityProvider.accessToken("zoe");
  }

  @Test
  void aPortfolioExportedAndImportedIntoAnEmptyAccountIsTheSamePortfolio() {
    String mark = UUID.randomUUID().toString().substring(0, 8);
    String experience =
        created(
            api.post(
                "/api/me/experiences",
                lucas,
                "{\"activity\":\"VOLUNTEERING\",\"title\":\"Trésorier "
                    + mark
                    + "\","
                    + "\"employer\":\"Les Restos du Cœur\",\"place\":\"Lille\","
                    + "\"startDate\":\"2018-09-01\",\"endDate\":\"2020-06-30\","
                    + "\"tasks\":\"Tenir les comptes\\nPréparer l'AG\","
                    + "\"description\":\"« Guillemets », émojis 🙂 et retours\\nà la ligne\"}"));
    api.put(
        "/api/me/entries/" + experience + "/skills",
        lucas,
        "[{\"referential\":\"PIX\",\"code\":\"" + PIX_SECURITY + "\"}]");
    created(
        api.post(
            "/api/me/trainings",
            lucas,
            "{\"title\":\"Comptabilité associative "
                + mark
                + "\",\"startDate\":\"2019-01-07\","
                + "\"hours\":21,\"outcome\":\"Attestation\"}"));

    byte[] pdf =
        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    Answer attached =
        api.send(
            api.request("/api/me/entries/" + experience + "/files?name=attestation.pdf", lucas)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
    assertThat(attached.status()).as(attached.toString()).isEqualTo(201);

    byte[] original = export(lucas);
    erase(zoe);

    Answer imported = importInto(zoe, original);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    JsonArray originalEntries = manifest(original).getJsonArray("entries");
    assertThat(imported.json().getInt("entries")).isEqualTo(originalEntries.size());

    byte[] copy = export(zoe);
    assertThat(comparable(manifest(copy).getJsonArray("entries")))
        .as("the same entries, fields, skills and dates; only ids differ")
        .isEqualTo(comparable(originalEntries));
    assertThat(fileContents(copy))
        .as("every file, byte for byte")
        .isEqualTo(fileContents(original));
    assertThat(fileContents(copy))
        .containsEntry(sha256(pdf), new String(pdf, StandardCharsets.ISO_8859_1));
    assertThat(api.get("/api/me/entries?q=" + mark, zoe).json().getJsonArray("items")).hasSize(2);
  }

  @Test
  void credentialsTravelWithTheirOriginalAndAreVerifiedAgainOnImport() {
    erase(zoe);
    String title = "Préparation de commandes " + UUID.randomUUID().toString().substring(0, 8);
    byte[] attestation = EmployerAttestations.signed("zoe@demo.parcours.invalid", title);
    Answer kept =
        api.send(
            api.request("/api/me/credentials", zoe)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(attestation)));
    assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
    created(
        api.post(
            "/api/me/experiences",
            zoe,
            "{\"title\":\"Magasinière\",\"startDate\":\"2022-01-03\"}"));

    byte[] exported = export(zoe);
    JsonObject credential = manifest(exported).getJsonArray("credentials").getJsonObject(0);
    assertThat(credential.getString("sha256")).isEqualTo(sha256(attestation));
    assertThat(credential.getString("title")).isEqualTo(title);

    erase(zoe);
    Answer imported = importInto(zoe, exported);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    JsonObject restored =
        api.get("/api/me/credentials", zoe).json().getJsonArray("credentials").getJsonObject(0);
    assertThat(restored.getString("title")).isEqualTo(title);
    assertThat(restored.getString("verdict")).isEqualTo("verified");
    assertThat(
            api.sendBytes(
                    api.request(
                            "/api/me/credentials/" + restored.getString("id") + "/original", zoe)
                        .GET())
                .body())
        .isEqualTo(attestation);
  }

  @Test
  void aDossierTravelsWithItsNarrativeAndItsLinkFollowsTheExperienceToItsCopy() {
    String mark = UUID.randomUUID().toString().substring(0, 8);
    String title = "Agent d’entretien " + mark;
    String experience =
        created(
            api.post(
                "/api/me/experiences",
                lucas,
                "{\"title\":\"" + title + "\",\"startDate\":\"2017-03-01\"}"));
    JsonObject opened = freshDossier(lucas, RNCP183);
    String dossier = "/api/me/dossiers/" + opened.getString("id");
    String code = opened.getJsonArray("blocs").getJsonObject(0).getString("code");
    String narrative = "Bureaux et sanitaires sur trois étages, chaque soir, seule. " + mark;
    Answer linked =
        api.post(
            dossier + "/blocs/" + code + "/links",
            lucas,
            "{\"kind\":\"entry\",\"target\":\"" + experience + "\"}");
    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    Answer written =
        api.put(
            dossier + "/blocs/" + code + "/narrative", lucas, "{\"text\":\"" + narrative + "\"}");
    assertThat(written.status()).as(written.toString()).isEqualTo(200);

    byte[] exported = export(lucas);
    erase(zoe);
    Answer imported = importInto(zoe, exported);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().getInt("dossiers"))
        .isEqualTo(manifest(exported).getJsonArray("dossiers").size());

    JsonObject copy =
        api.get("/api/me/entries?q=" + mark, zoe).json().getJsonArray("items").getJsonObject(0);
    assertThat(copy.getString("id")).as("Zoé's own copy").isNotEqualTo(experience);
    JsonObject restored =
        dossiers(zoe).stream()
            .filter(d -> d.getString("certification").equals(RNCP183))
            .findFirst()
            .orElseThrow();
    Answer read = api.get("/api/me/dossiers/" + restored.getString("id"), zoe);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    JsonObject bloc = read.json().getJsonArray("blocs").getJsonObject(0);
    assertThat(bloc.getString("code")).isEqualTo(code);
    assertThat(bloc.getString("narrative")).isEqualTo(narrative);
    assertThat(bloc.getJsonArray("links"))
        .singleElement()
        .satisfies(l -> {
          JsonObject link = l.asJsonObject();
          assertThat(link.getString("kind")).isEqualTo("entry");
          assertThat(link.getString("target")).isEqualTo(copy.getString("id"));
          assertThat(link.getString("title")).isEqualTo(title);
          assertThat(link.getString("state")).as("found in Zoé's portfolio").isEqualTo("declared");
        });
  }

  @Test
  void aDossierLinkToAnythingOutsideTheArchiveIsDroppedAndABrokenDossierRefusesAll() {
    String lucasEntry =
        created(
            api.post(
                "/api/me/experiences",
                lucas,
                "{\"title\":\"Pas à Zoé\",\"startDate\":\"2021-01-04\"}"));
    String archived = UUID.randomUUID().toString();
    String entry = experienceEntry(archived, "Laveur de vitres");

    erase(zoe);
    Answer imported =
        importInto(
            zoe,
            zip(
                "manifest.json",
                manifestWith(
                    entry, dossierLinking(link("ENTRY", archived), link("ENTRY", lucasEntry)))));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(api.delete("/api/me/experiences/" + lucasEntry, lucas).status()).isEqualTo(204);
    assertThat(imported.json().getInt("linksDropped")).as("Lucas's entry").isEqualTo(1);
    JsonObject dossier =
        api.get("/api/me/dossiers/" + dossiers(zoe).getFirst().getString("id"), zoe).json();
    assertThat(dossier.getJsonArray("blocs").getJsonObject(0).getJsonArray("links"))
        .singleElement()
        .satisfies(l ->
            assertThat(l.asJsonObject().getString("target"))
                .isEqualTo(entries(zoe).getFirst().getString("id")));

    erase(zoe);
    Answer refused =
        importInto(
            zoe,
            zip("manifest.json", manifestWith(entry, dossierLinking(link("WEBSITE", archived)))));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.body()).contains("dossiers[0].blocs[0].links[0].kind", "type inconnu");
    assertThat(entries(zoe)).as("nothing half-stored").isEmpty();
    assertThat(dossiers(zoe)).isEmpty();
  }

  @Test
  void aSecondImportIsRefusedAndNothingIsDuplicated() {
    erase(zoe);
    byte[] archive = zip("manifest.json", manifestWith(experienceEntry("Cariste")));
    assertThat(importInto(zoe, archive).status()).isEqualTo(200);

    Answer again = importInto(zoe, archive);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("n'est pas vide");
    assertThat(entries(zoe)).hasSize(1);
  }

  @Test
  void hostileArchivesAreRefusedWithAReasonAndNothingIsStored() {
    erase(zoe);
    byte[] tooMany = manyEntries(2_001);
    byte[] bomb = zip("manifest.json", new byte[30 * 1024 * 1024]);
    String valid = experienceEntry("Valide");
    String invalid = experienceEntry(" ");
    List<byte[]> archives =
        List.of(
            "not a zip at all".getBytes(StandardCharsets.UTF_8),
            zip("../../etc/cron.d/evil", "x".getBytes(StandardCharsets.UTF_8)),
            tooMany,
            bomb,
            zip("manifest.json", "{\"format\":".getBytes(StandardCharsets.UTF_8)),
            zip("manifest.json", manifestWith(valid + "," + invalid)),
            zip(
                "manifest.json",
                new String(manifestWith(valid), StandardCharsets.UTF_8)
                    .replace("\"version\":1", "\"version\":99")
                    .getBytes(StandardCharsets.UTF_8)));
    List<String> reasons =
        List.of(
            "pas un export Parcours",
            "fichier inattendu",
            "trop de fichiers",
            "dépasse la taille permise",
            "illisible ou incomplet",
            "entries[1].experience.title",
            "pas prise en charge");
    for (int i = 0; i < archives.size(); i++) {
      Answer refused = importInto(zoe, archives.get(i));
      assertThat(refused.status()).as("archive %d: %s", i, refused).isEqualTo(400);
      assertThat(refused.header("Content-Type")).hasValue("application/problem+json");
      assertThat(refused.body()).as("archive %d", i).contains(reasons.get(i));
    }
    assertThat(entries(zoe)).as("nothing half-stored").isEmpty();
    assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
  }

  @Test
  void erasureTakesEverythingAndALaterExportIsEmpty() {
    String entry =
        created(
            api.post(
                "/api/me/experiences",
                zoe,
                "{\"title\":\"À effacer\",\"startDate\":\"2020-01-01\"}"));
    Answer file =
        api.send(
            api.request("/api/me/entries/" + entry + "/files?name=note.txt", zoe)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Attestation de bénévolat")));
    assertThat(file.status()).as(file.toString()).isEqualTo(201);
    assertThat(entries(zoe)).isNotEmpty();

    assertThat(api.delete("/api/me", zoe).status()).isEqualTo(204);

    assertThat(entries(zoe)).isEmpty();
    assertThat(api.get("/api/me/files/usage", zoe).json().getJsonNumber("usedBytes").longValue())
        .isZero();
    assertThat(api.get("/api/me/files/" + file.json().getString("id"), zoe).status())
        .isEqualTo(404);
    assertThat(manifest(export(zoe)).getJsonArray("entries")).isEmpty();
    assertThat(api.delete("/api/me", null).status()).isEqualTo(401);
  }

  private static String experienceEntry(String title) {
    return experienceEntry(UUID.randomUUID().toString(), title);
  }

  private static String experienceEntry(String id, String title) {
    return "{\"id\":\""
        + id
        + "\",\"kind\":\"EXPERIENCE\","
        + "\"createdAt\":\"2024-01-01T10:00:00Z\",\"updatedAt\":\"2024-01-02T10:00:00Z\","
        + "\"skills\":[],\"experience\":{\"activity\":\"PAID_JOB\",\"title\":\""
        + title
        + "\","
        + "\"startDate\":\"2020-01-06\"}}";
  }

  private static byte[] manifestWith(String entries) {
    return manifestWith(entries, "");
  }

  private static byte[] manifestWith(String entries, String dossiers) {
    return ("{\"format\":\"parcours-portfolio-export\",\"version\":1,"
            + "\"exportedAt\":\"2024-01-03T10:00:00Z\",\"entries\":["
            + entries
            + "],\"dossiers\":["
            + dossiers
            + "]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A dossier whose one bloc links these pieces, named as the archive names them. */
  private static String dossierLinking(String... links) {
    return "{\"certification\":\"RNCP183\",\"certificationTitle\":\"Agent de propreté\","
        + "\"status\":\"ACTIVE\",\"blocs\":[{\"code\":\"RNCP183BC01\",\"label\":\"Entretien\","
        + "\"targeted\":true,\"competences\":[{\"index\":0,\"label\":\"Entretien\"}],"
        + "\"links\":["
        + String.join(",", links)
        + "]}]}";
  }

  private static String link(String kind, String target) {
    return "{\"kind\":\"" + kind + "\",\"target\":\"" + target + "\"}";
  }

  /** Opens a dossier for the certification, after deleting any the worker has for it. */
  private static JsonObject freshDossier(String token, String certification) {
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

  private static List<JsonObject> entries(String token) {
    return api.get("/api/me/entries", token).json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private static void erase(String token) {
    assertThat(api.delete("/api/me", token).status()).isEqualTo(204);
  }

  private static String created(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json().getString("id");
  }

  private static byte[] export(String token) {
    HttpResponse<byte[]> response = api.sendBytes(api.request("/api/me/export", token).GET());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
    return response.body();
  }

  private static Answer importInto(String token, byte[] zip) {
    return api.send(
        api.request("/api/me/import", token)
            .header("Content-Type", "application/zip")
            .POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
  }

  private static JsonObject manifest(byte[] zip) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals("manifest.json")) {
          return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      throw new AssertionError("no manifest.json in the export");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each file of an export by name, its bytes as ISO-8859-1 text (for a readable diff). */
  private static java.util.Map<String, String> fileContents(byte[] zip) {
    java.util.Map<String, String> files = new java.util.TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().startsWith("files/")) {
          files.put(
              e.getName().substring(6), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The entries without their ids, in a fixed order: what must survive a round trip. */
  private static List<String> comparable(JsonArray entries) {
    return entries.stream()
        .map(JsonValue::asJsonObject)
        .map(e -> jakarta.json.Json.createObjectBuilder(e).remove("id").build().toString())
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] zip(String name, byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  // Many tiny but valid files, each named by its own hash: only the count can stop them.
  private static byte[] manyEntries(int count) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < count; i++) {
        byte[] content = ("note " + i).getBytes(StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("files/" + sha256(content)));
        zip.write(content);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
