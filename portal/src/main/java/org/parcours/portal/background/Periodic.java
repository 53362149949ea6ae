package org.parcours.portal.background;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A pass run on the container's scheduler, first after {@code first}, then {@code every} after the
 * end of the one before. A pass that fails is logged and the next one runs as planned: an exception
 * must not end the schedule, which is what a scheduled executor does with it.
 */
public final class Periodic {

  private final ScheduledFuture<?> task;

  private Periodic(ScheduledFuture<?> task) {
    this.task = task;
  }

  /**
   * Starts the schedule.
   *
   * @param what the pass's name in the log ("Evidence sweep")
   * @param log where a failed pass is reported
   */
  public static Periodic start(
      ManagedScheduledExecutorService scheduler,
      Duration first,
      Duration every,
      String what,
      Logger log,
      Runnable pass) {
    Runnable guarded =
        () -> {
          try {
            pass.run();
          } catch (RuntimeException e) {
            log.log(Level.WARNING, what + " failed; it will run again", e);
          }
        };
    return new Periodic(
        scheduler.scheduleWithFixedDelay(
            guarded, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS));
  }

  /** No pass starts after this; one running finishes. */
  public void stop() {
    task.cancel(false);
  }
}
