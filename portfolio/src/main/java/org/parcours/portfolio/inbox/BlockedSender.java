package org.parcours.portfolio.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.parcours.portfolio.worker.WorkerId;

/** A partner a worker no longer wants pushes from. */
@Entity
@Table(name = "blocked_sender")
public class BlockedSender {

  @Id private UUID id;

  @Column(name = "worker_id", nullable = false, updatable = false)
  private UUID workerId;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private UUID partnerId;

  @Column(name = "blocked_at", nullable = false, updatable = false)
  private OffsetDateTime blockedAt;

  protected BlockedSender() {}

  BlockedSender(WorkerId worker, UUID partnerId, OffsetDateTime now) {
    this.id = UUID.randomUUID();
    this.workerId = worker.value();
    this.partnerId = partnerId;
    this.blockedAt = now;
  }

  public UUID partnerId() {
    return partnerId;
  }
}
