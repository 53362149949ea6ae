package org.parcours.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcours.portal.testing.Api;
import org.parcours.portal.testing.Api.Answer;
import org.parcours.portal.testing.Deployments;
import org.parcours.portal.testing.LocalIdentityProvider;

/** What operators and API users rely on besides the application itself. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

  private final Api api = Api.ofDeployedPortal();

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @Test
  void readinessChecksTheDatabaseAndWhatOpensInTheBackground() {
    Answer ready = api.get("/health/ready", null);

    assertThat(ready.status()).isEqualTo(200);
    JsonObject database = check(ready, "database");
    assertThat(database.getString("status")).isEqualTo("UP");
    JsonObject background = check(ready, "background-start");
    assertThat(background.getString("status")).isEqualTo("UP");
    assertThat(background.getJsonObject("data").getString("plugins"))
        .isEqualTo("loading or loaded");
    // CI runs this suite twice: on the embedded default and on PostgreSQL (DB_KIND=postgresql).
    String expected = "postgresql".equals(System.getenv("DB_KIND")) ? "PostgreSQL" : "H2";
    assertThat(database.getJsonObject("data").getString("product")).isEqualTo(expected);
    assertThat(api.get("/health/live", null).status()).isEqualTo(200);
  }

  @Test
  void theDemoWorkerFindsAPortfolioTaggedWithRealSkills() {
    // PARCOURS_DEMO=true here, as with ./parcours run; Camille's ArchiveApiIT never erases her.
    Answer entries =
        api.get("/api/me/entries?q=aide-soignante", LocalIdentityProvider.accessToken("camille"));

    assertThat(entries.status()).as(entries.toString()).isEqualTo(200);
    assertThat(entries.body()).contains("\"title\":\"Aide-soignante\"", "\"referential\":\"ROME\"");
  }

  @Test
  void openApiDescribesTheExperiencesApi() {
    Answer document =
        api.send(api.request("/openapi", null).header("Accept", "application/json").GET());

    assertThat(document.status()).isEqualTo(200);
    assertThat(document.json().getJsonObject("paths").keySet())
        .contains("/api/me/experiences", "/api/me/experiences/{id}");
    assertThat(api.get("/openapi/ui/", null).status()).isEqualTo(200);
  }

  @Test
  void unknownPagesGetAPageNotAStackTrace() {
    Answer missing = api.get("/no-such-page.xhtml", null);

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("Page introuvable").doesNotContain("Exception");
  }

  private static JsonObject check(Answer health, String name) {
    return health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(c -> name.equals(c.getString("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check named " + name + " in " + health));
  }
}
