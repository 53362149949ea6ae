package org.parcours.portal.credential;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.portal.background.Periodic;
import org.parcours.portal.plugin.HostedConnector;
import org.parcours.portal.plugin.PluginHost;
import org.parcours.portfolio.credential.CredentialRepository;
import org.parcours.portfolio.credential.CredentialService;

/**
 * Verifies kept credentials again in the background, so that a later revocation or expiry shows in
 * the worker's portfolio (and their audit trail). Runs every {@code
 * parcours.credentials.reverifyEveryMinutes} over credentials last checked more than {@code
 * parcours.credentials.reverifyAfterHours} ago.
 */
@ApplicationScoped
public class CredentialReverifier {

  private static final Logger LOG = Logger.getLogger(CredentialReverifier.class.getName());
  private static final int BATCH = 200;

  /**
   * What one pass did.
   *
   * @param checked credentials verified again
   * @param changed credentials whose verdict changed
   * @param skipped credentials whose plugin could not answer during the pass (they stay due);
   *     credentials of an inactive connector are not counted, they wait for it
   * @param complete {@code false} when the time budget ran out before the end of the queue
   */
  public record Pass(int checked, int changed, int skipped, boolean complete) {}

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject CredentialService credentials;
  @Inject PluginHost plugins;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "parcours.credentials.reverifyBudgetSeconds", defaultValue = "600")
  long budgetSeconds;

  @Inject
  @ConfigProperty(name = "parcours.credentials.reverifyEveryMinutes", defaultValue = "60")
  long everyMinutes;

  @Inject
  @ConfigProperty(name = "parcours.credentials.reverifyAfterHours", defaultValue = "24")
  long afterHours;

  private Periodic task;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Duration every = Duration.ofMinutes(everyMinutes);
    task =
        Periodic.start(
            scheduler, every, every, "Background verification pass", LOG, this::scheduledPass);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.stop();
    }
  }

  private void scheduledPass() {
    Pass pass = run(Duration.ofHours(afterHours));
    if (pass.checked() > 0) {
      LOG.info("Credentials verified again: " + pass);
    }
  }

  /**
   * Verifies again the credentials last checked longer ago than {@code age}, batch after batch,
   * within {@code parcours.credentials.reverifyBudgetSeconds}.
   *
   * @param age how old a verification must be to be redone
   * @return what the pass did
   */
  public Pass run(Duration age) {
    Map<String, ReverificationPass.Verifier> active = new LinkedHashMap<>();
    for (HostedConnector connector : plugins.connectors()) {
      if (connector.active()) {
        active.putIfAbsent(connector.id(), connector::verify);
      }
    }
    OffsetDateTime cutoff = credentials.dueBefore(age);
    ReverificationPass.Queue queue =
        new ReverificationPass.Queue() {
          @Override
          public List<CredentialRepository.Due> due(
              OffsetDateTime after, Set<String> connectors, int limit) {
            return credentials.dueForVerification(cutoff, after, connectors, limit);
          }

          @Override
          public Optional<CredentialService.Stored> stored(UUID id) {
            return credentials.stored(id);
          }

          @Override
          public boolean reverified(UUID id, VerificationReport report) {
            return credentials.reverified(id, report);
          }
        };
    return ReverificationPass.run(queue, active, clock, Duration.ofSeconds(budgetSeconds), BATCH);
  }
}
