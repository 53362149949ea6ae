package org.parcours.portfolio.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A person who owns a portfolio. Only the identity provider's subject is kept here: names and
 * e-mail stay with the provider; the inbox keeps the SHA-256 of each verified address (so that
 * partners' pushes reach the worker), never the address itself.
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
