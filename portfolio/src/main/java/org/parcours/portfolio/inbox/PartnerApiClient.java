package org.parcours.portfolio.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An API client of a partner organisation: the subject of the tokens its OAuth2 client-credentials
 * grant gets from the identity provider, bound by an administrator to the organisation.
 */
@Entity
@Table(name = "partner_api_client")
public class PartnerApiClient {

  @Id
  @Column(name = "subject", length = 255)
  private String subject;

  @Column(name = "partner_id", nullable = false)
  private UUID partnerId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected PartnerApiClient() {}

  PartnerApiClient(String subject, UUID partnerId, OffsetDateTime now) {
    this.subject = subject;
    this.partnerId = partnerId;
    this.createdAt = now;
  }

  void bindTo(UUID partner) {
    this.partnerId = partner;
  }

  public String subject() {
    return subject;
  }

  public UUID partnerId() {
    return partnerId;
  }
}
