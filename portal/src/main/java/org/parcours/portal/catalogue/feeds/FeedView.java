package org.parcours.portal.catalogue.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.parcours.portfolio.catalogue.feed.FeedReport;
import org.parcours.portfolio.catalogue.feed.FeedState;

/**
 * A guidance provider's feed as administrators see it.
 *
 * @param pluginId the plugin offering the provider
 * @param provider the provider's name in its plugin
 * @param installed whether an installed plugin offers it now (a binding outlives its plugin)
 * @param partnerId the organisation it publishes for, or {@code null} when unbound
 * @param partnerName that organisation's name, or {@code null}
 * @param state {@code ok}, {@code unavailable}, {@code unvetted}, {@code unbound}, or {@code
 *     pending} (bound, not synced yet)
 * @param reason why it was unavailable or unvetted, or {@code null}
 * @param syncedAt when the last sync ended, or {@code null}
 * @param added offers the last sync added
 * @param updated offers it changed
 * @param withdrawn offers it withdrew (missing from the answer)
 * @param refused offers it skipped as invalid
 * @param refusals the first reasons of refusal
 */
public record FeedView(
    String pluginId,
    String provider,
    boolean installed,
    UUID partnerId,
    String partnerName,
    String state,
    String reason,
    Instant syncedAt,
    int added,
    int updated,
    int withdrawn,
    int refused,
    List<String> refusals) {

  private static final String PENDING = "pending";

  /**
   * The qualified name, as the plugins page shows it.
   *
   * @return {@code plugin/provider}
   */
  public String id() {
    return pluginId + "/" + provider;
  }

  static FeedView unbound(String pluginId, String provider) {
    return new FeedView(
        pluginId,
        provider,
        true,
        null,
        null,
        name(FeedState.UNBOUND),
        null,
        null,
        0,
        0,
        0,
        0,
        List.of());
  }

  static FeedView bound(
      String pluginId,
      String provider,
      boolean installed,
      UUID partnerId,
      String partnerName,
      FeedReport report) {
    if (report == null) {
      return new FeedView(
          pluginId,
          provider,
          installed,
          partnerId,
          partnerName,
          PENDING,
          null,
          null,
          0,
          0,
          0,
          0,
          List.of());
    }
    return new FeedView(
        pluginId,
        provider,
        installed,
        partnerId,
        partnerName,
        name(report.state()),
        report.reason(),
        report.syncedAt(),
        report.added(),
        report.updated(),
        report.withdrawn(),
        report.refused(),
        report.refusals());
  }

  private static String name(FeedState state) {
    return state.name().toLowerCase(Locale.ROOT);
  }
}
