package org.parcours.portfolio.catalogue.feed;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where guidance feeds and the offers they published are kept. */
public interface FeedRepository {

  Optional<GuidanceFeed> feed(String pluginId, String provider);

  /**
   * The feed, locked until the caller's transaction ends, so that two syncs of one feed (a
   * scheduled one and an administrator's, or two instances) never interleave their writes.
   */
  Optional<GuidanceFeed> locked(UUID id);

  List<GuidanceFeed> feeds();

  void add(GuidanceFeed feed);

  void remove(GuidanceFeed feed);

  /** Every offer the feed published. */
  List<FeedOffer> offers(UUID feedId);

  /** The offers the feed published under these references. */
  List<FeedOffer> offers(UUID feedId, Collection<String> references);

  /** Records offers whose catalogue offers were added earlier in the caller's transaction. */
  void add(List<FeedOffer> offers);

  void removeOffers(List<UUID> offerIds);
}
