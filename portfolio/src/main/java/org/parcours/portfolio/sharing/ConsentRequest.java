package org.parcours.portfolio.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * An adviser asking, in person, for a worker's consent: a one-time code shown on the adviser's
 * screen, confirmed by the worker on their own device. Only the code's hash is kept.
 */
@Entity
@Table(name = "consent_request")
public class ConsentRequest {

  /** Where a request stands, as the adviser's screen shows it. */
  public enum State {
    PENDING,
    CONFIRMED,
    EXPIRED
  }

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "adviser_id", nullable = false, updatable = false)
  private Adviser adviser;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private AdviserOrganisation organisation;

  @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
  private String codeHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  // A relation, not a UUID column: EclipseLink cannot read a null UUID column back.
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "grant_id")
  private ShareGrant grant;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  protected ConsentRequest() {}

  ConsentRequest(
      Adviser adviser,
      AdviserOrganisation organisation,
      String codeHash,
      OffsetDateTime now,
      OffsetDateTime expiresAt) {
    this.id = UUID.randomUUID();
    this.adviser = adviser;
    this.organisation = organisation;
    this.codeHash = codeHash;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  State stateAt(OffsetDateTime now) {
    if (confirmedAt != null) {
      return State.CONFIRMED;
    }
    return now.isBefore(expiresAt) ? State.PENDING : State.EXPIRED;
  }

  void confirm(ShareGrant made, OffsetDateTime now) {
    this.grant = made;
    this.confirmedAt = now;
  }

  public UUID id() {
    return id;
  }

  public Adviser adviser() {
    return adviser;
  }

  public AdviserOrganisation organisation() {
    return organisation;
  }

  public OffsetDateTime expiresAt() {
    return expiresAt;
  }

  public Optional<ShareGrant> grant() {
    return Optional.ofNullable(grant);
  }
}
