package org.parcours.portfolio.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.parcours.portfolio.worker.WorkerId;

/**
 * An e-mail address the identity provider verified for a worker, kept only as its SHA-256 so that a
 * partner's push by address reaches that worker. The worker most recently seen with an address
 * holds it: the provider vouched for it last.
 */
@Entity
@Table(name = "worker_address")
public class WorkerAddress {

  @Id
  @Column(name = "address_key", length = 80)
  private String addressKey;

  @Column(name = "worker_id", nullable = false)
  private UUID workerId;

  @Column(name = "seen_at", nullable = false)
  private OffsetDateTime seenAt;

  protected WorkerAddress() {}

  WorkerAddress(String addressKey, WorkerId worker, OffsetDateTime now) {
    this.addressKey = addressKey;
    this.workerId = worker.value();
    this.seenAt = now;
  }

  void heldBy(WorkerId worker, OffsetDateTime now) {
    this.workerId = worker.value();
    this.seenAt = now;
  }

  public String key() {
    return addressKey;
  }

  public WorkerId worker() {
    return new WorkerId(workerId);
  }
}
