package org.parcours.portal.browser;

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
import org.parcours.portal.testing.Browser;
import org.parcours.portal.testing.Deployments;
import org.parcours.portal.testing.LocalIdentityProvider;

/**
 * In a real browser: a worker opens a VAE dossier from its RNCP number and writes a bloc; an
 * adviser shows a consent code, the worker confirms it on their own session, the adviser's screen
 * updates by itself, and the adviser's note reaches the worker's portfolio. Every page is checked
 * with axe (WCAG 2.1 AA).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VaeAndConsentBrowserIT {

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
  void aWorkerOpensADossierByItsRncpNumberAndWritesABloc() {
    String lucas = LocalIdentityProvider.accessToken("lucas");
    for (JsonValue d : api.get("/api/me/dossiers", lucas).json().getJsonArray("items")) {
      if (d.asJsonObject().getString("certification").equals("RNCP183")) {
        api.delete("/api/me/dossiers/" + d.asJsonObject().getString("id"), lucas);
      }
    }
    String story = "Installations frigorifiques montées en 2019 " + UUID.randomUUID();
    try (Browser worker = new Browser()) {
      worker.open(base + "/portfolio/dossiers.xhtml");
      worker.signInAtProvider("lucas");
      worker.expectPage("Mes dossiers VAE");
      worker.type("[id='search:q']", "rncp 183");
      worker.click("[id='search:find']");
      worker.expectText("#certifications", "RNCP183BC01");
      worker.assertAccessible();
      worker.click("#certifications input[type=submit]");

      worker.expectText("#coverage", "RNCP183BC01");
      worker.assertAccessible();
      assertThat(worker.find("#coverage").getText()).contains("aucune preuve", "récit à écrire");
      worker.type("textarea[id$=':0:bloc:narrative']", story);
      worker.click("[id$=':0:bloc'] input[type=radio][value='acquired']");
      worker.click("input[aria-label='Enregistrer ce bloc : RNCP183BC01']");
      worker.expectText("#notices", "Bloc enregistré");
      assertThat(worker.find("textarea[id$=':0:bloc:narrative']").getAttribute("value"))
          .isEqualTo(story);
      assertThat(worker.find("#coverage tbody tr").getText()).doesNotContain("récit à écrire");
      worker.assertAccessible();
    }
  }

  @Test
  void anAdviserAsksInPersonTheWorkerConsentsAndTheAdvisersScreenFollows() {
    String mark = UUID.randomUUID().toString().substring(0, 8);
    String camille = LocalIdentityProvider.accessToken("camille");
    assertThat(
            api.post(
                    "/api/me/experiences",
                    camille,
                    "{\"title\":\"Montrée en personne " + mark + "\",\"startDate\":\"2021-02-01\"}")
                .status())
        .isEqualTo(201);
    try (Browser adviser = new Browser();
        Browser worker = new Browser()) {
      adviser.open(base + "/adviser/consent.xhtml");
      adviser.signInAtProvider("nadia");
      adviser.expectPage("Consentement en personne");
      adviser.click("[id='ask:new-code']");
      String code = adviser.find("#consent-code").getText().replace(" ", "");
      assertThat(code).matches("[A-HJ-NP-Z2-9]{8}");
      assertThat(adviser.attribute(".qr svg", "aria-label")).contains("QR code");
      adviser.expectText("#consent-status", "En attente");
      adviser.assertAccessible();

      worker.open(base + "/portfolio/consent.xhtml?code=" + code);
      worker.signInAtProvider("camille");
      worker.expectPage("Consentement en personne");
      worker.click("[id='consent:lookup']");
      worker.expectText("#asking", "CEP Auvergne-Rhône-Alpes (démo)");
      worker.assertAccessible();
      worker.clickLabel("Tout mon portfolio");
      worker.click("[id='consent:confirm']");
      worker.expectText("#given", "Accord donné jusqu");

      adviser.expectText("#consent-status", "Accord donné.");
      adviser.click("#open-client");
      adviser.expectText("#shared-entries", "Montrée en personne " + mark);
      adviser.assertAccessible();
      adviser.type("[id='note:body']", "Pensez à la VAE " + mark);
      adviser.click("[id='note:leave']");
      adviser.expectText("#notes", "Pensez à la VAE " + mark);

      worker.open(base + "/portfolio/");
      worker.expectText("#adviser-notes", "Pensez à la VAE " + mark);
      worker.assertAccessible();
    }
  }

  @Test
  void anAdministratorRegistersAnOrganisationAndEnrolsAnAdviser() {
    String name = "Mission locale de test " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser admin = new Browser()) {
      admin.open(base + "/admin/organisations.xhtml");
      admin.signInAtProvider("ada");
      admin.expectPage("Organisations de conseillers");
      assertThat(admin.find("#organisations").getText())
          .contains("CEP Auvergne-Rhône-Alpes (démo)", "nadia@demo.parcours.invalid");
      admin.type("[id='organisation:name']", name);
      admin.click("[id='organisation:create']");
      admin.expectText("#organisations", name);
      admin.click("[id='member:enrol']");
      admin.expectText("[id='member:organisation-error']", "Choisissez une organisation");
      admin.assertAccessible();
    }
  }
}
