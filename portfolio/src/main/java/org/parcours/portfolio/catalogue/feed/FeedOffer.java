package org.parcours.portfolio.catalogue.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * Which catalogue offer a feed published under a provider's reference, and a fingerprint of its
 * content so that an unchanged offer is not written (nor re-indexed) at every sync.
 */
@Entity
@Table(name = "guidance_feed_offer")
public class FeedOffer {

  @Id
  @Column(name = "offer_id")
  private UUID offerId;

  @Column(name = "feed_id", nullable = false)
  private UUID feedId;

  @Column(name = "reference", nullable = false, length = FeedSync.REFERENCE_MAX)
  private String reference;

  @Column(name = "fingerprint", nullable = false, length = 64)
  private String fingerprint;

  protected FeedOffer() {}

  FeedOffer(UUID offerId, UUID feedId, String reference, String fingerprint) {
    this.offerId = offerId;
    this.feedId = feedId;
    this.reference = reference;
    this.fingerprint = fingerprint;
  }

  void changed(String newFingerprint) {
    this.fingerprint = newFingerprint;
  }

  public UUID offerId() {
    return offerId;
  }

  public UUID feedId() {
    return feedId;
  }

  public String reference() {
    return reference;
  }

  public String fingerprint() {
    return fingerprint;
  }
}
