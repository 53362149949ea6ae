package org.parcours.portal.skill;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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

/** Skills from the real referentials: suggestions as one types, and tags on entries. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SkillApiIT {

  private static final String PIX_SECURITY = "rec6rHqas39zvLZep"; // 4.1 Sécuriser l'environnement

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
  void suggestionsComeFromTheOfficialReferentialsWithTheirOwnIdentifiers() {
    Answer esco = api.get("/api/skills?q=informatique&referential=ESCO&limit=5", camille);
    assertThat(esco.status()).as(esco.toString()).isEqualTo(200);
    List<JsonObject> items = items(esco);
    assertThat(items).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(items)
        .allSatisfy(s -> {
          assertThat(s.getString("referential")).isEqualTo("ESCO");
          assertThat(s.getString("code")).startsWith("http://data.europa.eu/esco/skill/");
        });

    JsonObject bloc = items(api.get("/api/skills?q=RNCP183BC03", camille)).get(0);
    assertThat(bloc.getString("code")).isEqualTo("RNCP183BC03");
    assertThat(bloc.getString("context")).isEqualTo("RNCP183");
  }

  @Test
  void absurdSuggestionRequestsAreRefusedWithAReason() {
    Answer tooMany = api.get("/api/skills?q=souder&limit=5000", camille);
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body()).contains("limit");

    Answer unknown = api.get("/api/skills?q=souder&referential=WIKIPEDIA", camille);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("ESCO, ROME, PIX");

    assertThat(api.get("/api/skills?q=souder", null).status()).isEqualTo(401);
  }

  @Test
  void aWorkerTagsAnEntryAndFindsItByThatSkill() {
    String id = experience(camille, "Technicien support " + UUID.randomUUID());
    String escoCode =
        items(
                api.get(
                    "/api/skills?q=garantie%20equipements%20informatiques&referential=ESCO",
                    camille))
            .get(0)
            .getString("code");

    Answer tagged =
        api.put(
            "/api/me/entries/" + id + "/skills",
            camille,
            "[{\"referential\":\"PIX\",\"code\":\""
                + PIX_SECURITY
                + "\",\"label\":\"a label the client made up\"},"
                + "{\"referential\":\"ESCO\",\"code\":\""
                + escoCode
                + "\"}]");
    assertThat(tagged.status()).as(tagged.toString()).isEqualTo(200);
    assertThat(tagged.json().getJsonArray("skills").getJsonObject(1).getString("label"))
        .as("PIX after ESCO; the label comes from the referential, not from the client")
        .isEqualTo("4.1 Sécuriser l'environnement numérique");

    assertThat(ids(api.get("/api/me/entries?skill=PIX:" + PIX_SECURITY, camille))).contains(id);
    assertThat(ids(api.get("/api/me/entries?q=securiser%20environnement", camille)))
        .as("words of a skill label, typed without accents")
        .contains(id);
    assertThat(ids(api.get("/api/me/entries?kind=TRAINING", camille))).doesNotContain(id);
    assertThat(api.get("/api/me/experiences/" + id, camille).json().getJsonArray("skills").size())
        .isEqualTo(2);
  }

  @Test
  void trainingsAreTaggedAndFoundLikeExperiences() {
    String mark = UUID.randomUUID().toString().substring(0, 8);
    Answer created =
        api.post(
            "/api/me/trainings",
            camille,
            "{\"title\":\"Initiation " + mark + "\",\"startDate\":\"2021-09-06\",\"hours\":35}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    Answer tagged =
        api.put(
            "/api/me/entries/" + id + "/skills",
            camille,
            "[{\"referential\":\"PIX\",\"code\":\"" + PIX_SECURITY + "\"}]");
    assertThat(tagged.status()).as(tagged.toString()).isEqualTo(200);

    assertThat(ids(api.get("/api/me/entries?kind=TRAINING&q=" + mark + "%20securiser", camille)))
        .containsExactly(id);
    assertThat(api.get("/api/me/trainings/" + id, camille).json().getJsonArray("skills"))
        .hasSize(1);
  }

  @Test
  void anUnknownSkillChangesNothingAndAnotherWorkersEntryIsNotFound() {
    String id = experience(camille, "Cariste " + UUID.randomUUID());
    api.put(
        "/api/me/entries/" + id + "/skills",
        camille,
        "[{\"referential\":\"PIX\",\"code\":\"" + PIX_SECURITY + "\"}]");

    Answer unknown =
        api.put(
            "/api/me/entries/" + id + "/skills",
            camille,
            "[{\"referential\":\"ROME\",\"code\":\"no-such-code\"}]");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.header("Content-Type")).hasValue("application/problem+json");
    assertThat(unknown.body()).contains("skills[0]");
    assertThat(api.get("/api/me/experiences/" + id, camille).json().getJsonArray("skills"))
        .hasSize(1);

    Answer stranger =
        api.put(
            "/api/me/entries/" + id + "/skills",
            lucas,
            "[{\"referential\":\"PIX\",\"code\":\"" + PIX_SECURITY + "\"}]");
    assertThat(stranger.status()).isEqualTo(404);
    assertThat(ids(api.get("/api/me/entries", lucas))).doesNotContain(id);
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

  private static List<JsonObject> items(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
  }

  private static List<String> ids(Answer answer) {
    return items(answer).stream().map(o -> o.getString("id")).toList();
  }
}
