package org.parcours.portal.credential;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.Recipient;
import org.parcours.portal.background.Periodic;
import org.parcours.portal.plugin.HostedConnector;
import org.parcours.portal.plugin.PluginHost;
import org.parcours.portal.plugin.PluginUnavailable;
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
   * @param skipped credentials whose connector is not active now
   */
  public record Pass(int checked, int changed, int skipped) {}

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject CredentialService credentials;
  @Inject PluginHost plugins;

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
   * Verifies again the credentials last checked longer ago than {@code age}, one batch.
   *
   * @param age how old a verification must be to be redone
   * @return what the pass did
   */
  public Pass run(Duration age) {
    Map<String, HostedConnector> connectors =
        plugins.connectors().stream()
            .collect(Collectors.toMap(HostedConnector::id, Function.identity(), (a, b) -> a));
    List<UUID> due = credentials.dueForVerification(age, BATCH);
    int changed = 0;
    int skipped = 0;
    for (UUID id : due) {
      CredentialService.Stored stored = credentials.stored(id).orElse(null);
      HostedConnector connector = stored == null ? null : connectors.get(stored.connector());
      if (connector == null || !connector.active()) {
        skipped++;
        continue;
      }
      try {
        // Who the worker is was checked at import; the stored recipient check is kept.
        var report =
            connector.verify(
                new CredentialInput(stored.original(), stored.mediaType(), null, null),
                new Recipient(Set.of(), Set.of()));
        if (credentials.reverified(id, report)) {
          changed++;
        }
      } catch (PluginUnavailable e) {
        skipped++;
      }
    }
    return new Pass(due.size() - skipped, changed, skipped);
  }
}
