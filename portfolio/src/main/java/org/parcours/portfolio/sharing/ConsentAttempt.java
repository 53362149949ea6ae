package org.parcours.portfolio.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.parcours.portfolio.worker.WorkerId;

/** A consent code a worker typed that matched no request: counted to slow down guessing. */
@Entity
@Table(name = "consent_attempt")
public class ConsentAttempt {

  @Id private UUID id;

  @Column(name = "worker_id", nullable = false, updatable = false)
  private UUID workerId;

  @Column(name = "at", nullable = false, updatable = false)
  private OffsetDateTime at;

  protected ConsentAttempt() {}

  ConsentAttempt(WorkerId worker, OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.workerId = worker.value();
    this.at = at;
  }
}
