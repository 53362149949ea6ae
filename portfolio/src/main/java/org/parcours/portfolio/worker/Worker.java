package org.parcours.portfolio.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A person who owns a portfolio. Only the identity provider's subject is kept: names and e-mail
 * stay with the provider, so that Parcours holds no more personal data than the worker writes.
 */
@Entity
@Table(name = "worker")
public class Worker {

  @Id private UUID id;

  @Column(name = "subject", nullable = false, unique = true, length = 255)
  private String subject;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Worker() {}

  Worker(String subject, OffsetDateTime createdAt) {
    this.id = UUID.randomUUID();
    this.subject = Objects.requireNonNull(subject, "subject");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public WorkerId id() {
    return new WorkerId(id);
  }

  public String subject() {
    return subject;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
