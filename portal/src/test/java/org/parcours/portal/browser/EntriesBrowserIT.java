package org.parcours.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Trainings, skills picked from the referentials, and the search of the whole portfolio. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EntriesBrowserIT {

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
  void workerAddsATrainingTagsItWithAPixCompetenceAndFindsItBySearching() throws IOException {
    String mark = UUID.randomUUID().toString().substring(0, 8);
    String title = "Initiation cybersécurité " + mark;
    try (Browser browser = new Browser()) {
      browser.open(base + "/portfolio/");
      browser.signInAtProvider("camille");
      browser.expectPage("Mon portfolio");

      browser.click("#add-training");
      browser.expectPage("Ajouter une formation");
      browser.type("[id='training:title']", title);
      browser.type("[id='training:organisation']", "GRETA Lyon");
      browser.type("[id='training:startDate']", "06/09/2021");
      browser.type("[id='training:hours']", "35");
      browser.click("[id='training:save']");
      browser.expectPage("Mon portfolio");
      assertThat(browser.find("#notices").getText())
          .contains("Formation « " + title + " » ajoutée.");
      assertThat(browser.find("#trainings").getText()).contains(title, "GRETA Lyon");

      browser.click("a.manage-skills[aria-label='Compétences : " + title + "']");
      browser.expectPage("Compétences : " + title);
      browser.type("[id='skills:text']", "securiser environ");
      browser.expectText("[id='skills:suggestions']", "4.1 Sécuriser l'environnement numérique");
      browser.assertAccessible();
      browser.click("[id='skills:suggestions'] input[aria-label^='Ajouter : 4.1 Sécuriser']");
      browser.expectText("#notices", "Compétence ajoutée.");
      assertThat(browser.find("[id='tags']").getText())
          .contains("4.1 Sécuriser l'environnement numérique");
      browser.assertAccessible();

      browser.click("a[href$='/portfolio/']");
      browser.expectPage("Mon portfolio");
      browser.type("#q", mark + " securiser");
      browser.click("#search button[type='submit']");
      browser.expectText("#search-count", "Une entrée correspond à la recherche.");
      assertThat(browser.find("#search-results").getText())
          .contains("Formation", title, "4.1 Sécuriser l'environnement numérique");
      browser.assertAccessible();

      Path evidence = Files.createTempFile("attestation-", ".pdf");
      Files.writeString(evidence, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
      browser.click("a.manage-files[aria-label='Pièces justificatives : " + title + "']");
      browser.expectPage("Pièces justificatives : " + title);
      browser.click("[id='upload:send']");
      browser.expectText("[id='upload']", "Choisissez d'abord un fichier.");
      browser.find("[id='upload:file']").sendKeys(evidence.toString());
      browser.click("[id='upload:send']");
      browser.expectText("#notices", "ajouté");
      assertThat(browser.find("#files").getText()).contains(evidence.getFileName().toString());
      browser.assertAccessible();
      browser.click("a[href$='/portfolio/']");
      browser.expectPage("Mon portfolio");
      assertThat(browser.find("#trainings").getText()).contains(evidence.getFileName().toString());

      browser.type("#q", mark + " plomberie");
      browser.click("#search button[type='submit']");
      browser.expectText("#search-count", "Aucune entrée ne correspond à la recherche.");
    }
  }
}
