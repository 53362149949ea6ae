package org.parcours.portfolio.catalogue.feed;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The feed tables in memory. */
final class InMemoryFeeds implements FeedRepository {

  final Map<UUID, GuidanceFeed> feeds = new LinkedHashMap<>();
  final Map<UUID, FeedOffer> offers = new LinkedHashMap<>();
  int batches;

  @Override
  public Optional<GuidanceFeed> feed(String pluginId, String provider) {
    return feeds.values().stream()
        .filter(f -> f.pluginId().equals(pluginId) && f.provider().equals(provider))
        .findFirst();
  }

  @Override
  public Optional<GuidanceFeed> locked(UUID id) {
    return Optional.ofNullable(feeds.get(id));
  }

  @Override
  public List<GuidanceFeed> feeds() {
    return List.copyOf(feeds.values());
  }

  @Override
  public void add(GuidanceFeed feed) {
    feeds.put(feed.id(), feed);
  }

  @Override
  public void remove(GuidanceFeed feed) {
    feeds.remove(feed.id());
  }

  @Override
  public List<FeedOffer> offers(UUID feedId) {
    return offers.values().stream().filter(o -> o.feedId().equals(feedId)).toList();
  }

  @Override
  public List<FeedOffer> offers(UUID feedId, Collection<String> references) {
    return offers(feedId).stream().filter(o -> references.contains(o.reference())).toList();
  }

  @Override
  public void add(List<FeedOffer> added) {
    batches++;
    added.forEach(o -> offers.put(o.offerId(), o));
  }

  @Override
  public void removeOffers(List<UUID> offerIds) {
    offerIds.forEach(offers::remove);
  }
}
