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
import org.parcours.portfolio.worker.WorkerId;

/**
 * A note or a recommendation an adviser leaves in a worker's portfolio under a live consent. It
 * stays with the worker afterwards, with the names as they were when written.
 */
@Entity
@Table(name = "adviser_note")
public class AdviserNote {

  public static final int BODY_MAX = 4_000;

  @Id private UUID id;

  @Column(name = "worker_id", nullable = false, updatable = false)
  private UUID workerId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_id", nullable = false, updatable = false)
  private ShareGrant grant;

  @Column(name = "adviser_name", nullable = false, updatable = false)
  private String adviserName;

  @Column(name = "organisation_name", nullable = false, updatable = false)
  private String organisationName;

  @Column(name = "body", nullable = false, updatable = false, length = BODY_MAX)
  private String body;

  @Column(name = "offer_id", updatable = false, length = 36)
  private String offerId;

  @Column(name = "offer_title", updatable = false, length = 300)
  private String offerTitle;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected AdviserNote() {}

  AdviserNote(
      ShareGrant grant,
      String adviserName,
      String organisationName,
      String body,
      Recommendation offer,
      OffsetDateTime now) {
    this.id = UUID.randomUUID();
    this.workerId = grant.owner().value();
    this.grant = grant;
    this.adviserName = adviserName;
    this.organisationName = organisationName;
    this.body = body;
    if (offer != null) {
      this.offerId = offer.id().toString();
      this.offerTitle = offer.title();
    }
    this.createdAt = now;
  }

  /** A catalogue offer an adviser recommends, with its title as they saw it. */
  public record Recommendation(UUID id, String title) {}

  public UUID id() {
    return id;
  }

  public WorkerId owner() {
    return new WorkerId(workerId);
  }

  public String adviserName() {
    return adviserName;
  }

  public String organisationName() {
    return organisationName;
  }

  public String body() {
    return body;
  }

  public Optional<Recommendation> offer() {
    return offerId == null
        ? Optional.empty()
        : Optional.of(new Recommendation(UUID.fromString(offerId), offerTitle));
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
