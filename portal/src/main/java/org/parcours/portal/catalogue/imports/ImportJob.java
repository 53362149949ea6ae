package org.parcours.portal.catalogue.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An import publishing in the background: how far it is, and the rows left out when the file was
 * read. Its offers appear in the catalogue together when it is {@link Status#DONE}.
 */
public final class ImportJob {

  /** Where an import stands. */
  public enum Status {
    /** Offers are being published; none is visible yet. */
    RUNNING,
    /** Every valid offer is published. */
    DONE,
    /** Nothing was published; {@link #failure()} says why. */
    FAILED
  }

  private final UUID id;
  private final UUID partnerId;
  private final int total;
  private final List<ImportReport.Problem> problems;
  private final boolean complete;
  private final Instant startedAt;
  private final AtomicInteger published = new AtomicInteger();
  private volatile Status status = Status.RUNNING;
  private volatile Instant finishedAt;
  private volatile String failure;

  ImportJob(UUID partnerId, ImportReport report, Instant startedAt) {
    this.id = UUID.randomUUID();
    this.partnerId = partnerId;
    this.total = report.offers().size();
    this.problems = report.problems();
    this.complete = report.complete();
    this.startedAt = startedAt;
  }

  void published(int count) {
    published.set(count);
  }

  void done(Instant at) {
    finishedAt = at;
    status = Status.DONE;
  }

  void failed(String reason, Instant at) {
    failure = reason;
    finishedAt = at;
    status = Status.FAILED;
  }

  public UUID id() {
    return id;
  }

  public UUID partnerId() {
    return partnerId;
  }

  /** Valid offers read from the file, to publish. */
  public int total() {
    return total;
  }

  /** Offers written so far; they are visible only once the job is done. */
  public int published() {
    return published.get();
  }

  /** Rows left out when the file was read, with their line and reason. */
  public List<ImportReport.Problem> problems() {
    return problems;
  }

  /** False when the file was cut short (too large, or unreadable from some line on). */
  public boolean complete() {
    return complete;
  }

  public Status status() {
    return status;
  }

  public Instant startedAt() {
    return startedAt;
  }

  /** When it ended, or null while it runs. */
  public Instant finishedAt() {
    return finishedAt;
  }

  /** Why nothing was published ({@code notPermitted} or {@code unexpected}), or null. */
  public String failure() {
    return failure;
  }
}
