package org.parcours.portfolio.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.parcours.portfolio.worker.WorkerId;

/**
 * A pseudonym a worker gives partners so they can push certificates without knowing the worker's
 * e-mail address. One per worker; making a new one retires the old.
 */
@Entity
@Table(name = "worker_alias")
public class WorkerAlias {

  @Id
  @Column(name = "alias", length = 20)
  private String alias;

  @Column(name = "worker_id", nullable = false, updatable = false)
  private UUID workerId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected WorkerAlias() {}

  WorkerAlias(String alias, WorkerId worker, OffsetDateTime now) {
    this.alias = alias;
    this.workerId = worker.value();
    this.createdAt = now;
  }

  public String alias() {
    return alias;
  }

  public WorkerId worker() {
    return new WorkerId(workerId);
  }
}
