package org.parcours.portfolio.catalogue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * An offer as stored: the columns moderation and full-text search need, and the whole validated
 * offer as JSON (read back through {@link Offer}'s checks).
 */
@Entity
@Table(name = "catalogue_offer")
public class CatalogueOffer {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Id private UUID id;

  @Column(name = "partner_id", nullable = false)
  private UUID partnerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private OfferStatus status;

  @Column(name = "status_reason", length = 500)
  private String statusReason;

  @Column(name = "title", nullable = false, length = 300)
  private String title;

  @Column(name = "description", nullable = false, length = 20000)
  private String description;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "body", nullable = false)
  private String body;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CatalogueOffer() {}

  CatalogueOffer(Offer offer) {
    this.id = offer.id();
    this.partnerId = offer.partnerId();
    this.status = OfferStatus.PUBLISHED;
    replace(offer);
  }

  void replace(Offer offer) {
    this.title = offer.title();
    this.description = offer.description();
    this.updatedAt = offer.updatedAt().atOffset(ZoneOffset.UTC);
    this.body = JSON.toJson(offer);
  }

  void moderate(OfferStatus status, String reason) {
    this.status = status;
    this.statusReason = reason;
  }

  public UUID id() {
    return id;
  }

  public UUID partnerId() {
    return partnerId;
  }

  public OfferStatus status() {
    return status;
  }

  public Optional<String> statusReason() {
    return Optional.ofNullable(statusReason);
  }

  public Offer offer() {
    return JSON.fromJson(body, Offer.class);
  }
}
