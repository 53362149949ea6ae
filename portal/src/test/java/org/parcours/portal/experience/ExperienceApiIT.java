package org.parcours.portal.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
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
import org.parcours.portal.testing.LocalIdentityProvider;

/** {@code /api/me/experiences} as a client program sees it, with real tokens from the provider. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExperienceApiIT {

  private static final String PATH = "/api/me/experiences";
  private static final String PROBLEM = "application/problem+json";

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
  void workerRecordsListsChangesAndDeletesAnExperience() {
    String title = unique("Aide-soignante");
    Answer created = api.post(PATH, camille, experience(title, "2019-03-01", "2023-06-30"));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(created.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(PATH + "/" + id));
    assertThat(titles(api.get(PATH, camille))).contains(title);

    Answer changed =
        api.put(PATH + "/" + id, camille, experience(title + " de nuit", "2019-03-01", null));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getString("title")).isEqualTo(title + " de nuit");
    assertThat(changed.json().containsKey("endDate")).isFalse();
    assertThat(api.get(PATH + "/" + id, camille).json().getString("title"))
        .isEqualTo(title + " de nuit");

    assertThat(api.delete(PATH + "/" + id, camille).status()).isEqualTo(204);
    assertThat(api.get(PATH + "/" + id, camille).status()).isEqualTo(404);
    assertThat(titles(api.get(PATH, camille))).doesNotContain(title + " de nuit");
  }

  @Test
  void invalidInputIsExplainedFieldByFieldAndNothingIsStored() {
    int before = titles(api.get(PATH, camille)).size();
    String body =
        "{\"title\":\"   \",\"employer\":\""
            + "e".repeat(201)
            + "\",\"startDate\":\"2024-05-01\",\"endDate\":\"2024-04-30\"}";

    Answer refused =
        api.send(
            api.request(PATH, camille)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith(PROBLEM);
    JsonObject problem = refused.json();
    assertThat(problem.getString("type")).isEqualTo("urn:parcours:problem:invalid-input");
    assertThat(problem.getString("detail")).contains("3 rules are broken", "nothing was stored");
    assertThat(problem.getJsonArray("violations").getValuesAs(JsonObject.class))
        .extracting(v -> v.getString("field") + ":" + v.getString("message"))
        .containsExactlyInAnyOrder(
            "title:Give the title of the experience.",
            "employer:The employer's name must not exceed 200 characters.",
            "endDate:The end date must be on or after the start date.");
    assertThat(titles(api.get(PATH, camille))).hasSize(before);
  }

  @Test
  void problemsAreInFrenchByDefault() {
    Answer refused = api.post(PATH, camille, "{\"title\":\"Cariste\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("message"))
        .isEqualTo("Indiquez la date de début.");
  }

  @Test
  void malformedOrOversizedBodiesAreRefusedAndTheServerKeepsServing() {
    int before = titles(api.get(PATH, camille)).size();

    assertProblem(api.post(PATH, camille, "{\"title\": "), 400, "malformed-request");
    assertProblem(
        api.post(PATH, camille, "{\"title\":\"x\",\"startDate\":\"2019-13-45\"}"),
        400,
        "malformed-request");
    assertProblem(api.post(PATH, camille, "[1,2,3]"), 400, "malformed-request");
    assertProblem(
        api.post(PATH, camille, "{\"title\":\"" + "x".repeat(70_000) + "\"}"), 413, "too-large");
    assertProblem(
        api.send(
            api.request(PATH, camille)
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("Cariste"))),
        415,
        "unsupported-media-type");

    assertThat(titles(api.get(PATH, camille))).hasSize(before);
    assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
  }

  @Test
  void anotherWorkersExperienceIsIndistinguishableFromAnUnknownOne() {
    String theirs = unique("Cariste");
    String id =
        api.post(PATH, lucas, experience(theirs, "2020-01-06", null)).json().getString("id");
    Answer unknown = api.get(PATH + "/" + UUID.randomUUID(), camille);

    Answer read = api.get(PATH + "/" + id, camille);
    Answer changed = api.put(PATH + "/" + id, camille, experience("Volé", "2020-01-06", null));
    Answer deleted = api.delete(PATH + "/" + id, camille);

    for (Answer answer : List.of(read, changed, deleted)) {
      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.body()).isEqualTo(unknown.body());
    }
    assertThat(titles(api.get(PATH, camille))).doesNotContain(theirs);
    assertThat(api.get(PATH + "/" + id, lucas).json().getString("title")).isEqualTo(theirs);
    assertProblem(api.get(PATH + "/not-an-id", camille), 404, "not-found");
  }

  @Test
  void requestsWithoutAValidWorkerTokenAreRefused() {
    String tampered =
        camille.substring(0, camille.length() - 4) + (camille.endsWith("AAAA") ? "BBBB" : "AAAA");

    Answer anonymous = api.get(PATH, null);
    Answer forged = api.get(PATH, tampered);
    Answer adviser = api.get(PATH, LocalIdentityProvider.accessToken("nadia"));

    assertProblem(anonymous, 401, "unauthenticated");
    assertThat(anonymous.body()).contains("Authorization: Bearer");
    assertThat(anonymous.header("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    assertProblem(forged, 401, "unauthenticated");
    assertThat(forged.header("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    assertProblem(adviser, 403, "forbidden");
    assertThat(api.post(PATH, null, experience("Anonyme", "2020-01-01", null)).status())
        .isEqualTo(401);
  }

  @Test
  void expiredTokenIsRefused() {
    String shortLived = LocalIdentityProvider.shortLivedToken("camille");
    assertThat(api.get(PATH, shortLived).status()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> api.get(PATH, shortLived).status() == 401);
    assertProblem(api.get(PATH, shortLived), 401, "unauthenticated");
  }

  private static void assertProblem(Answer answer, int status, String kind) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith(PROBLEM);
    assertThat(answer.json().getString("type")).isEqualTo("urn:parcours:problem:" + kind);
    assertThat(answer.json().getString("detail")).isNotBlank();
    assertThat(answer.body()).doesNotContain("Exception", "\tat ");
  }

  private static List<String> titles(Answer list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.json().getJsonArray("experiences").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("title"))
        .toList();
  }

  private static String experience(String title, String start, String end) {
    return "{\"title\":\""
        + title
        + "\",\"employer\":\"EHPAD Les Tilleuls\",\"startDate\":\""
        + start
        + "\""
        + (end == null ? "" : ",\"endDate\":\"" + end + "\"")
        + ",\"description\":\"Soins d'hygiène et de confort\"}";
  }

  private static String unique(String title) {
    return title + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
