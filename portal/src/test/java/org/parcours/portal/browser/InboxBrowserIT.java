package org.parcours.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
 * In a real browser: a certificate an employer pushed waits in the inbox until the worker accepts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboxBrowserIT {

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
  void aPushedAttestationWaitsInTheInboxUntilTheWorkerAcceptsIt() {
    String client =
        LocalIdentityProvider.clientToken("parcours-partner-paul", "partner-paul-local-secret");
    String role = "Préparateur de commandes " + UUID.randomUUID().toString().substring(0, 8);
    String push =
        """
        {"recipientEmail":"camille@demo.parcours.invalid","idempotencyKey":"%s",
         "kind":"attestation","title":"%s",
         "attestation":{"role":"%s","startDate":"2020-02-01","endDate":"2023-01-31"}}
        """
            .formatted(UUID.randomUUID(), role, role);
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> api.post("/api/partner/pushes", client, push).status() / 100 == 2);
    try (Browser worker = new Browser()) {
      worker.open(base + "/portfolio/inbox.xhtml");
      worker.signInAtProvider("camille");
      worker.expectPage("Certificats reçus");
      assertThat(worker.find("#alias").getText()).startsWith("PRC-");
      worker.expectText("#items", role);
      worker.click("input[aria-label='Accepter : " + role + "']");
      worker.expectText("#notices", "Certificat accepté et vérifié");
      assertThat(worker.find("#items").getText()).contains("accepté");
      worker.assertAccessible();
    }
  }
}
