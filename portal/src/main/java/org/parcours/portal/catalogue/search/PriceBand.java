package org.parcours.portal.catalogue.search;

/**
 * The price ranges a worker filters on, in euros: bands rather than a slider because CPF rights are
 * counted in round sums. {@link #UNKNOWN} holds offers whose partner gave no price.
 */
public enum PriceBand {
  FREE,
  UNDER_500,
  FROM_500_TO_1500,
  FROM_1500_TO_3000,
  OVER_3000,
  UNKNOWN;

  /** The band of a price in cents; lower bounds included (500 € is in 500–1 500 €). */
  public static PriceBand of(Long priceCents) {
    if (priceCents == null) {
      return UNKNOWN;
    }
    long cents = priceCents;
    if (cents == 0) {
      return FREE;
    }
    if (cents < 50_000) {
      return UNDER_500;
    }
    if (cents < 150_000) {
      return FROM_500_TO_1500;
    }
    if (cents <= 300_000) {
      return FROM_1500_TO_3000;
    }
    return OVER_3000;
  }
}
