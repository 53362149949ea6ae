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

/** The pages as a worker uses them, signing in through the provider's real login form. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioBrowserIT {

  private static String base;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @BeforeAll
  static void provider() {
    LocalIdentityProvider.ensureRunning();
    base = Api.ofDeployedPortal().base().toString();
  }

  @Test
  void workerSignsInRecordsAnExperienceSwitchesToEnglishAndSignsOut() {
    String title = "Aide-soignante " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = new Browser()) {
      browser.open(base + "/");
      browser.expectPage("Parcours : vos compétences, vos preuves, votre chemin");
      assertThat(browser.attribute("html", "lang")).isEqualTo("fr");

      browser.click("#signin");
      browser.signInAtProvider("camille");
      browser.expectPage("Mon portfolio");
      assertThat(browser.find("#signed-in-name").getText()).isEqualTo("Camille Martin");

      browser.type("[id=\'experience:title\']", title);
      browser.type("[id=\'experience:employer\']", "EHPAD Les Tilleuls");
      browser.type("[id=\'experience:startDate\']", "01/03/2019");
      browser.type("[id=\'experience:endDate\']", "30/06/2023");
      browser.type(
          "[id=\'experience:description\']",
          "Soins d'hygiène et de confort auprès de 12 résidents.");
      browser.click("[id=\'experience:save\']");
      browser.expectPage("Mon portfolio");
      assertThat(browser.find("#notices").getText())
          .contains("Expérience « " + title + " » ajoutée.");
      assertThat(browser.find("#experiences").getText())
          .contains(title, "EHPAD Les Tilleuls", "du 1 mars 2019 au 30 juin 2023");

      browser.click("[id=\'language:en\']");
      browser.expectPage("My portfolio");
      assertThat(browser.attribute("html", "lang")).isEqualTo("en");
      assertThat(browser.find("#experiences").getText())
          .contains("from March 1, 2019 to June 30, 2023");

      browser.click("[id=\'account:signout\']");
      browser.expectPage("Parcours: your skills, your evidence, your path");
      assertThat(browser.find("#signin").getText()).isEqualTo("Sign in");

      browser.open(base + "/portfolio/");
      browser.find("#username");
      assertThat(browser.currentUrl()).startsWith(LocalIdentityProvider.ISSUER);
    }
  }

  @Test
  void mistakesAreShownNextToTheirFieldsAndNothingIsRecorded() {
    try (Browser browser = new Browser()) {
      browser.open(base + "/portfolio/");
      browser.signInAtProvider("camille");
      browser.expectPage("Mon portfolio");
      int before = browser.all("#experiences > li").size();

      browser.type("[id=\'experience:title\']", "   ");
      browser.type("[id=\'experience:startDate\']", "01/05/2024");
      browser.type("[id=\'experience:endDate\']", "30/04/2024");
      browser.click("[id=\'experience:save\']");

      assertThat(browser.find("[id=\'experience:title-error\']").getText())
          .isEqualTo("Indiquez l'intitulé de l'expérience.");
      assertThat(browser.find("[id=\'experience:endDate-error\']").getText())
          .isEqualTo("La date de fin doit être postérieure ou égale à la date de début.");
      assertThat(browser.attribute("[id=\'experience:title\']", "aria-invalid")).isEqualTo("true");
      browser.assertAccessible();

      browser.type("[id=\'experience:title\']", "Cariste");
      browser.type("[id=\'experience:startDate\']", "31/02/2024");
      browser.click("[id=\'experience:save\']");
      assertThat(browser.find("[id=\'experience:startDate-error\']").getText())
          .contains("« 31/02/2024 » n'est pas une date");
      browser.assertAccessible();
      assertThat(browser.all("#experiences > li")).hasSize(before);
    }
  }

  @Test
  void workerEditsAndDeletesAnExperience() {
    String title = "Cariste " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = new Browser()) {
      browser.open(base + "/portfolio/");
      browser.signInAtProvider("camille");
      browser.expectPage("Mon portfolio");
      browser.type("[id=\'experience:title\']", title);
      browser.type("[id=\'experience:startDate\']", "06/01/2020");
      browser.click("[id=\'experience:save\']");
      browser.expectPage("Mon portfolio");

      browser.click("a[aria-label='Modifier : " + title + "']");
      browser.find("#form-heading");
      assertThat(browser.find("#form-heading").getText()).isEqualTo("Modifier l'expérience");
      assertThat(browser.attribute("[id=\'experience:title\']", "value")).isEqualTo(title);
      browser.assertAccessible();
      browser.type("[id=\'experience:title\']", title + " (CACES 3)");
      browser.click("[id=\'experience:save\']");
      browser.expectPage("Mon portfolio");
      assertThat(browser.find("#experiences").getText())
          .contains(title + " (CACES 3)", "depuis le 6 janvier 2020");

      browser.click("a[aria-label='Modifier : " + title + " (CACES 3)']");
      browser.find("#form-heading");
      browser.click("input[aria-label='Supprimer : " + title + " (CACES 3)']");
      browser.expectPage("Mon portfolio");
      assertThat(browser.find("#notices").getText()).contains("supprimée");
      assertThat(browser.all("#experiences > li"))
          .noneMatch(item -> item.getText().contains(title));
    }
  }

  @Test
  void aWorkerNeverSeesAnotherWorkersExperiences() {
    String secret = "Expérience privée " + UUID.randomUUID().toString().substring(0, 8);
    String token = LocalIdentityProvider.accessToken("camille");
    Api api = Api.ofDeployedPortal();
    Api.Answer created =
        api.post(
            "/api/me/experiences",
            token,
            "{\"title\":\"" + secret + "\",\"startDate\":\"2021-09-01\"}");
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().getString("id");

    try (Browser browser = new Browser()) {
      browser.open(base + "/portfolio/");
      browser.signInAtProvider("lucas");
      browser.expectPage("Mon portfolio");
      assertThat(browser.find("#signed-in-name").getText()).isEqualTo("Lucas Bernard");
      assertThat(browser.pageText()).doesNotContain(secret);
      browser.open(base + "/portfolio/?edit=" + id);
      assertThat(browser.pageText()).contains("Page introuvable").doesNotContain(secret);
      assertThat(browser.all("[id='experience:delete']")).isEmpty();
      browser.open(base + "/portfolio/files.xhtml?entry=" + id);
      assertThat(browser.pageText()).contains("Page introuvable").doesNotContain(secret);
      assertThat(browser.all("[id='upload:send']")).isEmpty();
    }
  }
}
