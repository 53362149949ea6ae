package org.parcours.portal.catalogue.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
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
 * The example plugin's guidance provider feeds the catalogue once an administrator binds it to a
 * vetted organisation: a sync publishes its offers, searchable like any other; unbound, it
 * publishes nothing and what it published is withdrawn.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuidanceFeedsIT {

  private static final String FEED = "/api/admin/guidance-feeds/example/offers";
  // A word only the example offers use.
  private static final String WORD = "Exemplum";

  private static Api api;
  private static String admin;
  private static String paulsOrganisation;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @BeforeAll
  static void signIn() {
    api = Api.ofDeployedPortal();
    admin = LocalIdentityProvider.accessToken("ada");
    // Paul's organisation is vetted by the demo catalogue, which fills in the background at start.
    String paul = LocalIdentityProvider.accessToken("paul");
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> api.get("/api/partner/organisation", paul).status() == 200);
    paulsOrganisation = api.get("/api/partner/organisation", paul).json().getString("id");
  }

  @Test
  void aBoundProviderPublishesItsOffersAndUnboundItPublishesNothing() {
    Answer bound = api.put(FEED, admin, "{\"partnerId\":\"" + paulsOrganisation + "\"}");
    assertThat(bound.status()).as(bound.toString()).isEqualTo(200);
    assertThat(bound.json().getString("partnerId")).isEqualTo(paulsOrganisation);

    // A scheduled sync of the same feed may be running: a demand meanwhile answers its state.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.post(FEED + "/sync", admin, "").json().getString("state").equals("ok"));
    assertThat(feed().getInt("refused")).isZero();
    await().atMost(Duration.ofSeconds(15)).until(() -> exemplumHits() == 3);
    JsonObject hit =
        api.get("/api/catalogue/search?q=" + WORD + "&near=69003&radiusKm=10", null)
            .json()
            .getJsonArray("hits")
            .getJsonObject(0);
    assertThat(hit.toString()).contains("Exemplum");
    assertThat(feed().getString("state")).isEqualTo("ok");

    Answer unbound = api.delete(FEED, admin);
    assertThat(unbound.status()).as(unbound.toString()).isEqualTo(204);
    await().atMost(Duration.ofSeconds(15)).until(() -> exemplumHits() == 0);
    assertThat(api.post(FEED + "/sync", admin, "").json().getString("state")).isEqualTo("unbound");
    assertThat(feed().getString("state")).isEqualTo("unbound");
    assertThat(exemplumHits()).isZero();

    // Back as the demo leaves it.
    api.put(FEED, admin, "{\"partnerId\":\"" + paulsOrganisation + "\"}");
    api.post(FEED + "/sync", admin, "");
  }

  @Test
  void onlyAdministratorsBindAndAMalformedBindingIsRefused() {
    String paul = LocalIdentityProvider.accessToken("paul");
    assertThat(api.get("/api/admin/guidance-feeds", paul).status()).isEqualTo(403);
    assertThat(api.post(FEED + "/sync", paul, "").status()).isEqualTo(403);
    Answer malformed = api.put(FEED, admin, "{\"partnerId\":\"not-an-id\"}");
    assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
    assertThat(api.post("/api/admin/guidance-feeds/example/nothing/sync", admin, "").status())
        .isEqualTo(404);
  }

  private static JsonObject feed() {
    Answer list = api.get("/api/admin/guidance-feeds", admin);
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    JsonArray feeds = Json.createReader(new StringReader(list.body())).readArray();
    return feeds.stream()
        .map(JsonObject.class::cast)
        .filter(f -> f.getString("pluginId").equals("example"))
        .filter(f -> f.getString("provider").equals("offers"))
        .findFirst()
        .orElseThrow();
  }

  // Typo tolerance also finds offers saying "exemple": count the example plugin's own.
  private static long exemplumHits() {
    return api.get("/api/catalogue/search?q=" + WORD, null).json().getJsonArray("hits").stream()
        .map(h -> h.asJsonObject().getString("title"))
        .filter(title -> title.contains(WORD))
        .count();
  }
}
