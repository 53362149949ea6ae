package org.parcours.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcours.portal.testing.Api;
import org.parcours.portal.testing.Browser;
import org.parcours.portal.testing.Deployments;
import org.parcours.portal.testing.LocalIdentityProvider;

/** A worker shares one entry by link, a stranger opens it, the worker withdraws it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SharingBrowserIT {

  private static Api api;
  private static String base;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @BeforeAll
  static void provider() {
    LocalIdentityProvider.ensureRunning();
    api = Api.ofDeployedPortal();
    base = api.base().toString();
  }

  @Test
  void aSharedLinkShowsTheChosenEntryOnlyAndStopsAtOnceWhenWithdrawn() {
    String mark = UUID.randomUUID().toString().substring(0, 8);
    String token = LocalIdentityProvider.accessToken("camille");
    for (String title : new String[] {"Partagée " + mark, "Privée " + mark}) {
      assertThat(
              api.post(
                      "/api/me/experiences",
                      token,
                      "{\"title\":\"" + title + "\",\"startDate\":\"2021-02-01\"}")
                  .status())
          .isEqualTo(201);
    }
    try (Browser worker = new Browser();
        Browser stranger = new Browser()) {
      worker.open(base + "/portfolio/shares.xhtml");
      worker.signInAtProvider("camille");
      worker.expectPage("Mes partages");
      worker.clickLabel("Expérience : Partagée " + mark);
      worker.type("[id='share:purpose']", "Candidature " + mark);
      worker.click("[id='share:submit']");
      String link = worker.find("#new-link").getText();
      assertThat(link).contains("/shared/link.xhtml?t=");
      worker.assertAccessible();

      stranger.open(link);
      stranger.expectPage("Portfolio partagé");
      assertThat(stranger.find("#shared-entries").getText())
          .contains("Partagée " + mark)
          .doesNotContain("Privée " + mark);

      worker.open(base + "/portfolio/shares.xhtml");
      worker.expectPage("Mes partages");
      assertThat(worker.find("#access-log").getText()).contains("lien", "Partagée " + mark);
      worker.click("input[aria-label='Retirer : Candidature " + mark + "']");
      worker.expectText("#notices", "Partage retiré");

      stranger.open(link);
      stranger.expectPage("Portfolio partagé");
      assertThat(stranger.find("#link-gone").getText()).contains("n'existe pas");
    }
  }

  @Test
  void anAdviserReadsWhatAWorkerSharedWithHerAndNothingOnceItIsWithdrawn() {
    String mark = UUID.randomUUID().toString().substring(0, 8);
    String token = LocalIdentityProvider.accessToken("camille");
    String nadia = LocalIdentityProvider.accessToken("nadia");
    // Nadia's record exists once she has signed in; camille can then name her by e-mail.
    assertThat(api.get("/api/adviser/shares", nadia).status()).isEqualTo(200);
    String entry =
        api.post(
                "/api/me/experiences",
                token,
                "{\"title\":\"Accueil " + mark + "\",\"startDate\":\"2020-02-01\"}")
            .json()
            .getString("id");
    String grant =
        api.post(
                "/api/me/shares",
                token,
                "{\"adviserEmail\":\"nadia@demo.parcours.invalid\",\"entryIds\":[\""
                    + entry
                    + "\"],\"purpose\":\"Conseil en évolution "
                    + mark
                    + "\"}")
            .json()
            .getString("id");
    try (Browser adviser = new Browser()) {
      adviser.open(base + "/adviser/index.xhtml");
      adviser.signInAtProvider("nadia");
      adviser.expectPage("Portfolios partagés avec moi");
      adviser.click("a[href$='id=" + grant + "']");
      adviser.expectText("#shared-entries", "Accueil " + mark);
      adviser.assertAccessible();

      assertThat(api.delete("/api/me/shares/" + grant, token).status()).isEqualTo(204);
      adviser.open(base + "/adviser/index.xhtml?id=" + grant);
      adviser.expectText("#grant-gone", "retiré");
      assertThat(adviser.pageText()).doesNotContain("Accueil " + mark);
    }
  }

  @Test
  void aWorkerSharesBySkillAndTheLinkShowsTheEntriesTaggedWithIt() {
    String mark = UUID.randomUUID().toString().substring(0, 8);
    String token = LocalIdentityProvider.accessToken("camille");
    String tagged =
        api.post(
                "/api/me/experiences",
                token,
                "{\"title\":\"Sécurité " + mark + "\",\"startDate\":\"2021-02-01\"}")
            .json()
            .getString("id");
    assertThat(
            api.put(
                    "/api/me/entries/" + tagged + "/skills",
                    token,
                    "[{\"referential\":\"PIX\",\"code\":\"rec6rHqas39zvLZep\"}]")
                .status())
        .isEqualTo(200);
    try (Browser worker = new Browser();
        Browser stranger = new Browser()) {
      worker.open(base + "/portfolio/shares.xhtml");
      worker.signInAtProvider("camille");
      worker.expectPage("Mes partages");
      worker.clickLabel("4.1 Sécuriser l'environnement numérique");
      worker.type("[id='share:purpose']", "Compétence " + mark);
      worker.click("[id='share:submit']");
      String link = worker.find("#new-link").getText();
      worker.assertAccessible();

      stranger.open(link);
      stranger.expectPage("Portfolio partagé");
      assertThat(stranger.find("#shared-entries").getText()).contains("Sécurité " + mark);
    }
  }
}
