package org.parcours.portfolio.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.parcours.portfolio.worker.WorkerId;

/**
 * One read of a portfolio by someone other than its worker: who, through which grant, what, when.
 */
@Entity
@Table(name = "access_log")
public class AccessRecord {

  static final int READER_MAX = 200;
  static final int ENTRIES_MAX = 4000;

  @Id private UUID id;

  @Column(name = "worker_id", nullable = false, updatable = false)
  private UUID workerId;

  @Column(name = "grant_id", nullable = false, updatable = false)
  private UUID grantId;

  @Column(name = "reader", nullable = false, updatable = false)
  private String reader;

  @Column(name = "entries", nullable = false, updatable = false)
  private String entries;

  @Column(name = "read_at", nullable = false, updatable = false)
  private OffsetDateTime readAt;

  protected AccessRecord() {}

  AccessRecord(WorkerId owner, UUID grantId, String reader, String entries, OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.workerId = owner.value();
    this.grantId = grantId;
    this.reader = reader;
    this.entries =
        entries.length() > ENTRIES_MAX ? entries.substring(0, ENTRIES_MAX - 1) + "…" : entries;
    this.readAt = at;
  }

  public UUID grantId() {
    return grantId;
  }

  /** The adviser's name, or "lien" for whoever held a secret link. */
  public String reader() {
    return reader;
  }

  /** The titles of the entries read. */
  public String entries() {
    return entries;
  }

  public OffsetDateTime readAt() {
    return readAt;
  }
}
