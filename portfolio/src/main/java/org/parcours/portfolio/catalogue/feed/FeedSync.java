package org.parcours.portfolio.catalogue.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One sync of a feed: the provider's answer replaces its previous offers. Offers are written in
 * batches, each its own transaction, and the missing ones are withdrawn last, so a sync cut short
 * leaves whole offers, and the next sync finishes the work. Not transactional itself: it calls
 * {@link GuidanceFeedService} once per step.
 */
@ApplicationScoped
public class FeedSync {

  /** The most offers one answer may hold; a larger answer is refused whole. */
  public static final int ANSWER_MAX = 20_000;

  /** The longest reference a provider may give an offer. */
  public static final int REFERENCE_MAX = 200;

  static final int BATCH = 200;

  private GuidanceFeedService feeds;
  private Clock clock;

  protected FeedSync() {}

  @Inject
  public FeedSync(GuidanceFeedService feeds, Clock clock) {
    this.feeds = feeds;
    this.clock = clock;
  }

  /**
   * Syncs a feed and records the report.
   *
   * @param feedId the feed
   * @param ask asks the provider; called only when the feed's organisation is vetted
   * @return the report
   */
  public FeedReport sync(UUID feedId, Supplier<FeedAnswer> ask) {
    FeedReport report;
    if (!feeds.publishes(feedId)) {
      report =
          FeedReport.without(
              clock.instant(), FeedState.UNVETTED, "the bound organisation is not vetted");
    } else {
      report =
          switch (ask.get()) {
            case FeedAnswer.Unavailable unavailable ->
                FeedReport.without(clock.instant(), FeedState.UNAVAILABLE, unavailable.reason());
            case FeedAnswer.Offers offers when offers.candidates().size() > ANSWER_MAX ->
                FeedReport.without(
                    clock.instant(),
                    FeedState.UNAVAILABLE,
                    FeedAnswer.tooLarge(offers.candidates().size()).reason());
            case FeedAnswer.Offers offers -> apply(feedId, offers.candidates());
          };
    }
    feeds.record(feedId, report);
    return report;
  }

  private FeedReport apply(UUID feedId, List<FeedCandidate> candidates) {
    Set<String> answered = new HashSet<>();
    List<FeedCandidate> valid = new ArrayList<>();
    List<String> refusals = new ArrayList<>();
    int refused = 0;
    for (FeedCandidate candidate : candidates) {
      String refusal = refusal(candidate, answered);
      if (refusal == null) {
        valid.add(candidate);
      } else {
        refused++;
        if (refusals.size() < FeedReport.REFUSALS_SHOWN) {
          refusals.add(refusal);
        }
      }
    }
    int added = 0;
    int updated = 0;
    for (int from = 0; from < valid.size(); from += BATCH) {
      GuidanceFeedService.Applied applied =
          feeds.apply(feedId, valid.subList(from, Math.min(from + BATCH, valid.size())));
      added += applied.added();
      updated += applied.updated();
    }
    int withdrawn = feeds.withdrawMissing(feedId, answered);
    return new FeedReport(
        clock.instant(), FeedState.OK, null, added, updated, withdrawn, refused, refusals);
  }

  // Why a candidate is skipped, or null. An invalid offer with a usable reference still counts as
  // answered: its previous version stays rather than vanish on a provider's passing mistake.
  private static String refusal(FeedCandidate candidate, Set<String> answered) {
    String reference = candidate.reference();
    if (reference == null || reference.isBlank() || reference.length() > REFERENCE_MAX) {
      return "an offer has no reference, or one longer than " + REFERENCE_MAX + " characters";
    }
    if (!answered.add(reference)) {
      return reference + ": this reference is given twice; the first offer is kept";
    }
    if (candidate.offer() == null) {
      return reference + ": " + candidate.refusal();
    }
    return null;
  }
}
