package org.parcours.portal.evidence;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.portal.background.Periodic;
import org.parcours.portfolio.evidence.EvidenceService;
import org.parcours.portfolio.worker.WorkerId;

/**
 * Deletes, every {@code parcours.files.sweepEveryMinutes}, the encrypted files no row references
 * any more: those of deleted entries (their rows go by cascade, without a word to the blob store),
 * and whatever a crash left between a commit and its clean-up. Files written less than {@code
 * parcours.files.sweepGraceMinutes} ago are left alone, as an upload may still be in progress.
 */
@ApplicationScoped
public class EvidenceSweeper {

  private static final Logger LOG = Logger.getLogger(EvidenceSweeper.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject EvidenceService evidence;

  @Inject
  @ConfigProperty(name = "parcours.files.sweepEveryMinutes", defaultValue = "60")
  long everyMinutes;

  @Inject
  @ConfigProperty(name = "parcours.files.sweepGraceMinutes", defaultValue = "60")
  long graceMinutes;

  private Periodic task;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Duration every = Duration.ofMinutes(everyMinutes);
    task = Periodic.start(scheduler, every, every, "Evidence sweep", LOG, this::scheduledPass);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.stop();
    }
  }

  private void scheduledPass() {
    int deleted = run(Duration.ofMinutes(graceMinutes));
    if (deleted > 0) {
      LOG.info("Evidence files no row references, deleted: " + deleted);
    }
  }

  /**
   * One pass over every worker's folder, each in a transaction of its own under that worker's lock.
   *
   * @param grace how old an unreferenced file must be to be deleted
   * @return how many files were deleted
   */
  public int run(Duration grace) {
    int deleted = evidence.sweepTemporary(grace);
    for (WorkerId owner : evidence.ownersOnDisk()) {
      try {
        deleted += evidence.sweep(owner, grace);
      } catch (RuntimeException e) {
        // One worker's folder in trouble must not keep the others' orphans on disk.
        LOG.log(Level.WARNING, "Evidence sweep failed for one worker; it will run again", e);
      }
    }
    return deleted;
  }
}
