package org.parcours.portfolio.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where partner organisations, offers and the outbox are kept. */
public interface CatalogueRepository {

  /** A change to send to the search index. */
  record Change(long id, UUID offerId) {}

  Optional<PartnerOrganisation> organisationOf(String ownerSubject);

  Optional<PartnerOrganisation> organisation(UUID id);

  List<PartnerOrganisation> organisations(PartnerStatus status);

  void add(PartnerOrganisation organisation);

  Optional<CatalogueOffer> offer(UUID id);

  List<CatalogueOffer> offersOf(UUID partnerId);

  List<UUID> offerIdsOf(UUID partnerId);

  void add(CatalogueOffer offer);

  void remove(CatalogueOffer offer);

  /** Records that an offer changed, in the caller's transaction. */
  void changed(UUID offerId);

  /**
   * Writes what the caller's transaction holds so far and stops keeping it in memory, so that a
   * long import does not slow down as it grows; the transaction still commits or rolls back whole.
   */
  void writeAndForget();

  List<Change> changes(int limit);

  /** This database's identity for the search index, if already made. */
  Optional<String> source();

  void addSource(String id);

  /**
   * Forgets these changes, once the index has them. Exactly these: a change with a smaller id may
   * commit after a larger one was read (ids are taken at insert, rows appear at commit), and
   * forgetting "everything up to" would drop it unapplied.
   */
  void acknowledge(List<Long> ids);

  /**
   * The published offers among these ids, whatever their partner's state: primary-key lookups that
   * no table statistics can turn into a scan of a partner's offers (see {@link #publishedAfter}).
   */
  List<CatalogueOffer> published(List<UUID> ids);

  /**
   * One page of the published offers in id order, whatever their partner's state: a walk of the
   * primary key that no table statistics can turn into a sort (measured: docs/benchmarks.md).
   */
  List<CatalogueOffer> publishedAfter(UUID after, int limit);

  /** The ids of the vetted organisations. */
  Set<UUID> vettedPartners();

  long countOffers();
}
