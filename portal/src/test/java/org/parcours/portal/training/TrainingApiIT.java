package org.parcours.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
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

/** {@code /api/me/trainings}: the worker's own trainings and nobody else's. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingApiIT {

  private static final String PATH = "/api/me/trainings";

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
  void workerRecordsChangesAndDeletesATrainingThatNobodyElseSees() {
    String title = "CACES R489 " + UUID.randomUUID();
    Answer created =
        api.post(
            PATH,
            camille,
            "{\"title\":\""
                + title
                + "\",\"organisation\":\"AFPA\",\"startDate\":\"2022-01-10\","
                + "\"endDate\":\"2022-01-14\",\"hours\":35,\"outcome\":\"Certificat obtenu\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(created.json().getInt("hours")).isEqualTo(35);

    Answer changed =
        api.put(
            PATH + "/" + id, camille, "{\"title\":\"" + title + "\",\"startDate\":\"2022-01-10\"}");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().containsKey("organisation")).isFalse();

    for (Answer stranger :
        new Answer[] {
          api.get(PATH + "/" + id, lucas),
          api.put(PATH + "/" + id, lucas, "{\"title\":\"x\",\"startDate\":\"2022-01-10\"}"),
          api.delete(PATH + "/" + id, lucas)
        }) {
      assertThat(stranger.status()).isEqualTo(404);
    }
    assertThat(api.get(PATH, lucas).json().getJsonArray("items").stream().map(JsonValue::toString))
        .noneMatch(t -> t.contains(title));

    assertThat(api.delete(PATH + "/" + id, camille).status()).isEqualTo(204);
    assertThat(api.get(PATH + "/" + id, camille).status()).isEqualTo(404);
  }

  @Test
  void everyBrokenRuleIsReportedAndNothingIsStored() {
    int before = api.get(PATH, camille).json().getJsonArray("items").size();
    Answer refused =
        api.post(
            PATH,
            camille,
            "{\"title\":\" \",\"startDate\":\"2022-01-10\",\"endDate\":\"2021-01-10\",\"hours\":0}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.body())
        .contains("Indiquez l'intitulé de la formation.")
        .contains("entre 1 et 100 000")
        .contains("endDate");
    assertThat(api.get(PATH, camille).json().getJsonArray("items")).hasSize(before);
  }
}
