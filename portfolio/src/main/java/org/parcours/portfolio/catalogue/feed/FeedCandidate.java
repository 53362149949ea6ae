package org.parcours.portfolio.catalogue.feed;

import org.parcours.portfolio.catalogue.Offer;

/**
 * One offer of a provider's answer, read by the host: either a valid offer, or why it was refused.
 *
 * @param reference the provider's own identifier of the offer, as it gave it
 * @param offer the offer, valid by the catalogue's rules, or {@code null} when refused
 * @param refusal why the offer was refused, or {@code null}
 */
public record FeedCandidate(String reference, Offer offer, String refusal) {

  public FeedCandidate {
    if ((offer == null) == (refusal == null)) {
      throw new IllegalArgumentException("a candidate is either an offer or a refusal");
    }
  }

  public static FeedCandidate accepted(String reference, Offer offer) {
    return new FeedCandidate(reference, offer, null);
  }

  public static FeedCandidate refused(String reference, String refusal) {
    return new FeedCandidate(reference, null, refusal);
  }
}
