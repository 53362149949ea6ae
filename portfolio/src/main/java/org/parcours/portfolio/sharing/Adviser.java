package org.parcours.portfolio.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An adviser known to Parcours since their first sign-in; a worker names them by e-mail. */
@Entity
@Table(name = "adviser")
public class Adviser {

  @Id private UUID id;

  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Column(name = "email")
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected Adviser() {}

  Adviser(String subject, String email, String displayName, OffsetDateTime now) {
    this.id = UUID.randomUUID();
    this.subject = subject;
    this.email = email;
    this.displayName = displayName;
    this.createdAt = now;
  }

  void update(String newEmail, String newDisplayName) {
    this.email = newEmail;
    this.displayName = newDisplayName;
  }

  public UUID id() {
    return id;
  }

  public String subject() {
    return subject;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }
}
