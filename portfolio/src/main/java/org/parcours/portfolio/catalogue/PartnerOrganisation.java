package org.parcours.portfolio.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** An organisation that publishes offers, owned by the partner account that registered it. */
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation {

  @Id private UUID id;

  @Column(name = "owner_subject", nullable = false, unique = true, length = 255)
  private String ownerSubject;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "siret", nullable = false, unique = true, length = 14)
  private String siret;

  @Column(name = "declaration_number", length = 11)
  private String declarationNumber;

  @Column(name = "qualiopi", nullable = false)
  private boolean qualiopi;

  @Column(name = "contact_email", nullable = false, length = 254)
  private String contactEmail;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private PartnerStatus status;

  @Column(name = "status_reason", length = 500)
  private String statusReason;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "reviewed_at")
  private OffsetDateTime reviewedAt;

  protected PartnerOrganisation() {}

  PartnerOrganisation(UUID id, String ownerSubject, PartnerDraft draft, OffsetDateTime at) {
    this.id = id;
    this.ownerSubject = ownerSubject;
    this.status = PartnerStatus.PENDING;
    this.createdAt = at;
    update(draft);
  }

  void update(PartnerDraft draft) {
    this.name = draft.name();
    this.siret = draft.siret();
    this.declarationNumber = draft.declarationNumber();
    this.qualiopi = draft.qualiopi();
    this.contactEmail = draft.contactEmail();
  }

  void review(PartnerStatus status, String reason, OffsetDateTime at) {
    this.status = status;
    this.statusReason = reason;
    this.reviewedAt = at;
  }

  public UUID id() {
    return id;
  }

  public String ownerSubject() {
    return ownerSubject;
  }

  public String name() {
    return name;
  }

  public String siret() {
    return siret;
  }

  public Optional<String> declarationNumber() {
    return Optional.ofNullable(declarationNumber);
  }

  public boolean qualiopi() {
    return qualiopi;
  }

  public String contactEmail() {
    return contactEmail;
  }

  public PartnerStatus status() {
    return status;
  }

  public Optional<String> statusReason() {
    return Optional.ofNullable(statusReason);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
