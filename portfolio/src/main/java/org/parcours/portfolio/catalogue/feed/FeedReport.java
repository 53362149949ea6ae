package org.parcours.portfolio.catalogue.feed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one sync of a feed did.
 *
 * @param syncedAt when it ended
 * @param state how it went
 * @param reason why the provider was unavailable, or {@code null}
 * @param added offers new in the catalogue
 * @param updated offers whose content changed
 * @param withdrawn offers missing from the answer, taken out of the catalogue
 * @param refused offers of the answer skipped as invalid
 * @param refusals the first reasons of refusal, at most {@link #REFUSALS_SHOWN}
 */
public record FeedReport(
    Instant syncedAt,
    FeedState state,
    String reason,
    int added,
    int updated,
    int withdrawn,
    int refused,
    List<String> refusals) {

  /** How many reasons of refusal a report keeps: enough to fix a feed, not a copy of it. */
  public static final int REFUSALS_SHOWN = 5;

  /** The longest reason kept; a hostile provider's texts must not fill the database. */
  public static final int REASON_MAX = 300;

  public FeedReport {
    Objects.requireNonNull(syncedAt, "syncedAt");
    Objects.requireNonNull(state, "state");
    reason = shortened(reason);
    refusals = refusals.stream().limit(REFUSALS_SHOWN).map(FeedReport::shortened).toList();
  }

  static FeedReport without(Instant at, FeedState state, String reason) {
    return new FeedReport(at, state, reason, 0, 0, 0, 0, List.of());
  }

  static String shortened(String text) {
    if (text == null || text.length() <= REASON_MAX) {
      return text;
    }
    return text.substring(0, REASON_MAX - 1) + "…";
  }
}
