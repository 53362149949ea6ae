package org.parcours.portfolio.catalogue;

/** Whether an offer is public. */
public enum OfferStatus {
  /** Public as soon as its partner is vetted. */
  PUBLISHED,
  /** Withdrawn by an administrator, with a reason the partner sees. */
  SUSPENDED
}
