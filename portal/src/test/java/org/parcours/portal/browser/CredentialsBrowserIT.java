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
import org.junit.jupiter.api.io.TempDir;
import org.parcours.portal.testing.Api;
import org.parcours.portal.testing.Browser;
import org.parcours.portal.testing.Deployments;
import org.parcours.portal.testing.LocalIdentityProvider;

/** A worker adds a certificate file and reads its report; an administrator reads the plugins. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CredentialsBrowserIT {

  private static String base;

  @TempDir Path dir;

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
  void aWorkerAddsACertificateFileAndReadsWhatWasVerified() throws IOException {
    String title = "Conduite d'engins " + UUID.randomUUID().toString().substring(0, 8);
    Path file = dir.resolve("attestation.txt");
    Files.write(
        file,
        org.parcours.portal.testing.EmployerAttestations.signed(
            "camille@demo.parcours.invalid", title));
    try (Browser worker = new Browser()) {
      worker.open(base + "/portfolio/credentials.xhtml");
      worker.signInAtProvider("camille");
      worker.expectPage("Mes certificats");

      worker.find("[id='file:file']").sendKeys(file.toString());
      worker.click("[id='file:submit']");
      worker.expectText("#notices", "Certificat « " + title + " » ajouté : Vérifié.");
      assertThat(worker.pageText()).contains(title, "Transports Martin", "Vérifié");
      worker.click("article.credential summary");
      assertThat(worker.find("article.credential table").getText())
          .contains("Signature", "Réussi", "Signature Ed25519 valide", "L'attestation vous nomme.");

      worker.type("[id='text:text']", "{\"pas\": \"un certificat\"}");
      worker.click("[id='text:submit']");
      worker.expectText("[id='text:text-error']", "ni un Open Badge ni une attestation vérifiable");
      assertThat(worker.attribute("[id='text:text']", "aria-invalid")).isEqualTo("true");
      worker.assertAccessible();
    }
  }

  @Test
  void anAdministratorSeesEachPluginWithItsStateAndAWorkerCannot() {
    try (Browser admin = new Browser();
        Browser worker = new Browser()) {
      admin.open(base + "/admin/plugins.xhtml");
      admin.signInAtProvider("ada");
      admin.expectPage("Extensions");
      assertThat(admin.pageText())
          .contains("Example employer attestation", "Active", "example/attestation", "EUPL-1.2")
          // what each plugin asked for: the Open Badges connector fetches keys and status lists
          .contains("[network]");
      admin.assertAccessible();

      worker.open(base + "/admin/plugins.xhtml");
      worker.signInAtProvider("camille");
      assertThat(worker.pageText()).doesNotContain("Example employer attestation");
    }
  }
}
