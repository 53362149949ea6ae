package org.parcours.portfolio.catalogue.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A guidance provider (plugin id and provider name) bound by an administrator to the partner
 * organisation whose offers it publishes, with the report of its last sync.
 */
@Entity
@Table(name = "guidance_feed")
public class GuidanceFeed {

  /** As long as a plugin id may be (the plugin descriptor's rule). */
  public static final int PLUGIN_ID_MAX = 63;

  public static final int PROVIDER_MAX = 100;

  @Id private UUID id;

  @Column(name = "plugin_id", nullable = false, length = PLUGIN_ID_MAX)
  private String pluginId;

  @Column(name = "provider", nullable = false, length = PROVIDER_MAX)
  private String provider;

  @Column(name = "partner_id", nullable = false)
  private UUID partnerId;

  @Column(name = "bound_at", nullable = false)
  private OffsetDateTime boundAt;

  @Column(name = "synced_at")
  private OffsetDateTime syncedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 16)
  private FeedState state;

  @Column(name = "reason", length = FeedReport.REASON_MAX)
  private String reason;

  @Column(name = "added", nullable = false)
  private int added;

  @Column(name = "updated", nullable = false)
  private int updated;

  @Column(name = "withdrawn", nullable = false)
  private int withdrawn;

  @Column(name = "refused", nullable = false)
  private int refused;

  // The first reasons, one a line: a report to read, not to query.
  @Column(name = "refusals", length = 2000)
  private String refusals;

  protected GuidanceFeed() {}

  GuidanceFeed(UUID id, String pluginId, String provider, UUID partnerId, OffsetDateTime at) {
    this.id = id;
    this.pluginId = pluginId;
    this.provider = provider;
    this.partnerId = partnerId;
    this.boundAt = at;
  }

  /** Binds the feed to another organisation; the last report was about the previous one. */
  void bindTo(UUID partner, OffsetDateTime at) {
    this.partnerId = partner;
    this.boundAt = at;
    this.syncedAt = null;
    this.state = null;
    this.reason = null;
    this.added = 0;
    this.updated = 0;
    this.withdrawn = 0;
    this.refused = 0;
    this.refusals = null;
  }

  void record(FeedReport report) {
    this.syncedAt = report.syncedAt().atOffset(ZoneOffset.UTC);
    this.state = report.state();
    this.reason = report.reason();
    this.added = report.added();
    this.updated = report.updated();
    this.withdrawn = report.withdrawn();
    this.refused = report.refused();
    this.refusals = report.refusals().isEmpty() ? null : String.join("\n", report.refusals());
  }

  public UUID id() {
    return id;
  }

  public String pluginId() {
    return pluginId;
  }

  public String provider() {
    return provider;
  }

  public UUID partnerId() {
    return partnerId;
  }

  public OffsetDateTime boundAt() {
    return boundAt;
  }

  /** The report of the last sync, empty until the first one. */
  public Optional<FeedReport> report() {
    if (syncedAt == null) {
      return Optional.empty();
    }
    return Optional.of(
        new FeedReport(
            syncedAt.toInstant(),
            state,
            reason,
            added,
            updated,
            withdrawn,
            refused,
            refusals == null ? List.of() : Arrays.asList(refusals.split("\n"))));
  }
}
