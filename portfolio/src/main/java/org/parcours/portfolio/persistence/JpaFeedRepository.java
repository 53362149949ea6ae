package org.parcours.portfolio.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portfolio.catalogue.feed.FeedOffer;
import org.parcours.portfolio.catalogue.feed.FeedRepository;
import org.parcours.portfolio.catalogue.feed.GuidanceFeed;

@ApplicationScoped
public class JpaFeedRepository implements FeedRepository {

  @PersistenceContext(unitName = "portfolio")
  private EntityManager em;

  @Override
  public Optional<GuidanceFeed> feed(String pluginId, String provider) {
    return em.createQuery(
            "select f from GuidanceFeed f where f.pluginId = :plugin and f.provider = :provider",
            GuidanceFeed.class)
        .setParameter("plugin", pluginId)
        .setParameter("provider", provider)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<GuidanceFeed> locked(UUID id) {
    return Optional.ofNullable(em.find(GuidanceFeed.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<GuidanceFeed> feeds() {
    return em.createQuery(
            "select f from GuidanceFeed f order by f.pluginId, f.provider", GuidanceFeed.class)
        .getResultList();
  }

  @Override
  public void add(GuidanceFeed feed) {
    em.persist(feed);
  }

  @Override
  public void remove(GuidanceFeed feed) {
    em.remove(feed);
  }

  @Override
  public List<FeedOffer> offers(UUID feedId) {
    return em.createQuery("select o from FeedOffer o where o.feedId = :feed", FeedOffer.class)
        .setParameter("feed", feedId)
        .getResultList();
  }

  @Override
  public List<FeedOffer> offers(UUID feedId, Collection<String> references) {
    if (references.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select o from FeedOffer o where o.feedId = :feed and o.reference in :references",
            FeedOffer.class)
        .setParameter("feed", feedId)
        .setParameter("references", references)
        .getResultList();
  }

  @Override
  public void add(List<FeedOffer> offers) {
    if (offers.isEmpty()) {
      return;
    }
    // A feed row references its catalogue offer, and JPA orders inserts only along mapped
    // relations: the offers go to the database first.
    em.flush();
    offers.forEach(em::persist);
  }

  @Override
  public void removeOffers(List<UUID> offerIds) {
    if (offerIds.isEmpty()) {
      return;
    }
    em.createQuery("delete from FeedOffer o where o.offerId in :ids")
        .setParameter("ids", offerIds)
        .executeUpdate();
  }
}
