package org.parcours.portfolio.catalogue.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.catalogue.PartnerStatus;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.shared.Violation;

/**
 * Administrators bind guidance providers to organisations; syncs write the providers' offers into
 * the catalogue. Each method is one transaction: an offer is written whole (catalogue row, feed row
 * and outbox change) or not at all.
 */
@ApplicationScoped
public class GuidanceFeedService {

  // Fixed values in place of those that change at every reading of the same content.
  private static final UUID NO_ID = new UUID(0, 0);

  private FeedRepository feeds;
  private CatalogueService catalogue;
  private Clock clock;

  protected GuidanceFeedService() {}

  @Inject
  public GuidanceFeedService(FeedRepository feeds, CatalogueService catalogue, Clock clock) {
    this.feeds = feeds;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** What one batch of a sync wrote. */
  public record Applied(int added, int updated) {}

  /**
   * Binds a provider to the organisation whose offers it publishes. Binding it to another one
   * withdraws what it published for the previous one: the next sync publishes them again.
   */
  @Transactional
  public GuidanceFeed bind(String pluginId, String provider, UUID partnerId) {
    List<Violation> violations = new ArrayList<>();
    if (pluginId == null || pluginId.isBlank() || pluginId.length() > GuidanceFeed.PLUGIN_ID_MAX) {
      violations.add(new Violation("pluginId", "feed.plugin.invalid"));
    }
    if (provider == null || provider.isBlank() || provider.length() > GuidanceFeed.PROVIDER_MAX) {
      violations.add(new Violation("provider", "feed.provider.invalid"));
    }
    if (partnerId == null) {
      violations.add(new Violation("partnerId", "feed.partner.required"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    catalogue.organisation(partnerId).orElseThrow(() -> new NotFoundException("partner"));
    Optional<GuidanceFeed> existing = feeds.feed(pluginId, provider);
    if (existing.isPresent()) {
      GuidanceFeed feed = existing.get();
      if (!feed.partnerId().equals(partnerId)) {
        withdraw(feeds.offers(feed.id()));
        feed.bindTo(partnerId, now());
      }
      return feed;
    }
    GuidanceFeed feed = new GuidanceFeed(UUID.randomUUID(), pluginId, provider, partnerId, now());
    feeds.add(feed);
    return feed;
  }

  /** Unbinds a provider: what it published is withdrawn. */
  @Transactional
  public void unbind(String pluginId, String provider) {
    GuidanceFeed feed =
        feeds.feed(pluginId, provider).orElseThrow(() -> new NotFoundException("binding"));
    withdraw(feeds.offers(feed.id()));
    feeds.remove(feed);
  }

  @Transactional
  public List<GuidanceFeed> feeds() {
    return feeds.feeds();
  }

  @Transactional
  public Optional<GuidanceFeed> feed(String pluginId, String provider) {
    return feeds.feed(pluginId, provider);
  }

  /** Whether the feed's organisation is vetted, so that its offers may be published. */
  @Transactional
  public boolean publishes(UUID feedId) {
    GuidanceFeed feed = feeds.locked(feedId).orElseThrow(() -> new NotFoundException("binding"));
    return catalogue
        .organisation(feed.partnerId())
        .filter(o -> o.status() == PartnerStatus.VETTED)
        .isPresent();
  }

  /**
   * Adds or replaces offers of the feed; an offer whose content did not change is left untouched.
   *
   * @param batch valid candidates with distinct references
   */
  @Transactional
  public Applied apply(UUID feedId, List<FeedCandidate> batch) {
    GuidanceFeed feed = feeds.locked(feedId).orElseThrow(() -> new NotFoundException("binding"));
    Map<String, FeedOffer> known =
        feeds.offers(feedId, batch.stream().map(FeedCandidate::reference).toList()).stream()
            .collect(Collectors.toMap(FeedOffer::reference, Function.identity()));
    List<FeedOffer> fresh = new ArrayList<>();
    int updated = 0;
    for (FeedCandidate candidate : batch) {
      String fingerprint = fingerprint(candidate.offer());
      FeedOffer row = known.get(candidate.reference());
      if (row == null) {
        UUID offerId = offerId(feedId, candidate.reference());
        catalogue.publishFor(feed.partnerId(), candidate.offer().withIdentity(offerId, instant()));
        fresh.add(new FeedOffer(offerId, feedId, candidate.reference(), fingerprint));
      } else if (!row.fingerprint().equals(fingerprint)) {
        catalogue.publishFor(
            feed.partnerId(), candidate.offer().withIdentity(row.offerId(), instant()));
        row.changed(fingerprint);
        updated++;
      }
    }
    feeds.add(fresh);
    return new Applied(fresh.size(), updated);
  }

  /**
   * Withdraws the feed's offers whose references are not in the answer.
   *
   * @param answered every reference of the answer, refused offers' included (those keep their
   *     previous version)
   * @return how many were withdrawn
   */
  @Transactional
  public int withdrawMissing(UUID feedId, Set<String> answered) {
    feeds.locked(feedId).orElseThrow(() -> new NotFoundException("binding"));
    return withdraw(
        feeds.offers(feedId).stream().filter(o -> !answered.contains(o.reference())).toList());
  }

  @Transactional
  public void record(UUID feedId, FeedReport report) {
    feeds.locked(feedId).orElseThrow(() -> new NotFoundException("binding")).record(report);
  }

  private int withdraw(List<FeedOffer> offers) {
    List<UUID> ids = offers.stream().map(FeedOffer::offerId).toList();
    feeds.removeOffers(ids);
    ids.forEach(catalogue::remove);
    return ids.size();
  }

  // The same reference of the same feed is always the same offer: a withdrawn offer that comes back
  // keeps its address.
  static UUID offerId(UUID feedId, String reference) {
    return UUID.nameUUIDFromBytes((feedId + "/" + reference).getBytes(StandardCharsets.UTF_8));
  }

  static String fingerprint(Offer offer) {
    try {
      byte[] content =
          offer.withIdentity(NO_ID, Instant.EPOCH).toString().getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private Instant instant() {
    return clock.instant();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
