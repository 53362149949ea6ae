package org.parcours.portal.catalogue.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.shared.DomainException;
import org.parcours.portfolio.shared.ErrorCode;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;

/**
 * Publishes imports in the background so the partner sees them progress (20,000 offers take about
 * half a minute). An organisation runs one import at a time. Jobs are kept in memory for an hour
 * after they end: they tell progress, the offers themselves are in the database.
 */
@ApplicationScoped
public class ImportJobs {

  static final Duration KEPT_AFTER_END = Duration.ofHours(1);
  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

  @Resource ManagedExecutorService managedExecutor;
  @Inject CatalogueService catalogue;
  @Inject Clock clock;

  private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();

  /**
   * Starts publishing what a file gave.
   *
   * @param ownerSubject the partner's subject, as for a single publication
   * @param partnerId the partner's organisation
   * @param report the file as read: its valid offers are published, its problems kept for the job
   * @throws InvalidInputException (conflict) when the organisation already has an import running
   */
  public synchronized ImportJob start(String ownerSubject, UUID partnerId, ImportReport report) {
    forgetEnded();
    if (jobs.values().stream()
        .anyMatch(j -> j.partnerId().equals(partnerId) && j.status() == ImportJob.Status.RUNNING)) {
      throw new InvalidInputException(
          ErrorCode.CONFLICT, List.of(new Violation("file", "partner.import.running")));
    }
    ImportJob job = new ImportJob(partnerId, report, clock.instant());
    jobs.put(job.id(), job);
    executor().execute(() -> run(ownerSubject, job, report.offers()));
    return job;
  }

  /** The organisation's job, if it is known (not another organisation's). */
  public Optional<ImportJob> job(UUID partnerId, UUID id) {
    return Optional.ofNullable(jobs.get(id)).filter(j -> j.partnerId().equals(partnerId));
  }

  Executor executor() {
    return managedExecutor;
  }

  void run(String ownerSubject, ImportJob job, List<Offer> offers) {
    try {
      catalogue.publishAll(ownerSubject, offers, job::published);
      job.done(clock.instant());
    } catch (DomainException e) {
      // The transaction rolled back: nothing of this import is in the catalogue.
      job.published(0);
      job.failed("notPermitted", clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "import " + job.id() + " failed, nothing published", e);
      job.published(0);
      job.failed("unexpected", clock.instant());
    }
  }

  private void forgetEnded() {
    var limit = clock.instant().minus(KEPT_AFTER_END);
    jobs.values()
        .removeIf(j -> j.status() != ImportJob.Status.RUNNING && j.finishedAt().isBefore(limit));
  }
}
