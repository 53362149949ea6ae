package org.parcours.portfolio.catalogue.feed;

/** How a feed's last sync went. */
public enum FeedState {
  /** The answer was applied; refused offers, if any, are counted in the report. */
  OK,
  /** The provider could not answer, or its answer was refused whole: previous offers kept. */
  UNAVAILABLE,
  /** The bound organisation is not vetted: nothing is asked or published until it is. */
  UNVETTED,
  /** No administrator bound the provider to an organisation: it publishes nothing. Never stored. */
  UNBOUND
}
