package org.parcours.portfolio.catalogue.feed;

import java.util.List;

/** What a provider answered when asked for its offers. */
public sealed interface FeedAnswer {

  /** Every offer the provider publishes now, each read by the host. */
  record Offers(List<FeedCandidate> candidates) implements FeedAnswer {
    public Offers {
      candidates = List.copyOf(candidates);
    }
  }

  /** The provider could not answer; its previous offers stay. */
  record Unavailable(String reason) implements FeedAnswer {}

  /** An answer larger than a feed may publish: refused whole, before anything of it is read. */
  static Unavailable tooLarge(int size) {
    return new Unavailable(
        "the answer holds "
            + size
            + " offers, more than the "
            + FeedSync.ANSWER_MAX
            + " a provider may publish: nothing of it was applied");
  }
}
