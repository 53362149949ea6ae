package org.parcours.portfolio.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.parcours.portfolio.catalogue.CatalogueOffer;
import org.parcours.portfolio.catalogue.CatalogueRepository;
import org.parcours.portfolio.catalogue.OfferStatus;
import org.parcours.portfolio.catalogue.PartnerOrganisation;
import org.parcours.portfolio.catalogue.PartnerStatus;

@ApplicationScoped
public class JpaCatalogueRepository implements CatalogueRepository {

  @PersistenceContext(unitName = "portfolio")
  private EntityManager em;

  @Override
  public Optional<PartnerOrganisation> organisationOf(String ownerSubject) {
    return em.createQuery(
            "select p from PartnerOrganisation p where p.ownerSubject = :s",
            PartnerOrganisation.class)
        .setParameter("s", ownerSubject)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<PartnerOrganisation> organisation(UUID id) {
    return Optional.ofNullable(em.find(PartnerOrganisation.class, id));
  }

  @Override
  public List<PartnerOrganisation> organisations(PartnerStatus status) {
    return em.createQuery(
            "select p from PartnerOrganisation p where p.status = :s order by p.createdAt",
            PartnerOrganisation.class)
        .setParameter("s", status)
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  public void add(PartnerOrganisation organisation) {
    em.persist(organisation);
  }

  @Override
  public Optional<CatalogueOffer> offer(UUID id) {
    return Optional.ofNullable(em.find(CatalogueOffer.class, id));
  }

  @Override
  public List<CatalogueOffer> offersOf(UUID partnerId) {
    return em.createQuery(
            "select o from CatalogueOffer o where o.partnerId = :p order by o.updatedAt desc",
            CatalogueOffer.class)
        .setParameter("p", partnerId)
        .setMaxResults(1000)
        .getResultList();
  }

  @Override
  public List<UUID> offerIdsOf(UUID partnerId) {
    return em.createQuery("select o.id from CatalogueOffer o where o.partnerId = :p", UUID.class)
        .setParameter("p", partnerId)
        .getResultList();
  }

  @Override
  public void add(CatalogueOffer offer) {
    em.persist(offer);
  }

  @Override
  public void remove(CatalogueOffer offer) {
    em.remove(offer);
  }

  @Override
  public void changed(UUID offerId) {
    em.createNativeQuery("insert into catalogue_outbox (offer_id, created_at) values (?, ?)")
        .setParameter(1, offerId)
        .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
  }

  @Override
  public void writeAndForget() {
    em.flush();
    em.clear();
  }

  @Override
  public Optional<String> source() {
    List<?> rows = em.createNativeQuery("select id from catalogue_source").getResultList();
    return rows.stream().findFirst().map(Object::toString);
  }

  @Override
  public void addSource(String id) {
    em.createNativeQuery("insert into catalogue_source (id) values (?)")
        .setParameter(1, id)
        .executeUpdate();
  }

  @Override
  public List<Change> changes(int limit) {
    List<?> rows =
        // The limit is in the SQL: EclipseLink passes setMaxResults of a native query to JDBC only,
        // and the database would plan for the whole outbox.
        em.createNativeQuery("select id, offer_id from catalogue_outbox order by id limit ?")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new Change(((Number) r[0]).longValue(), uuid(r[1])))
        .toList();
  }

  private static UUID uuid(Object value) {
    return value instanceof UUID u ? u : UUID.fromString(value.toString());
  }

  @Override
  public void acknowledge(List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    Query delete =
        em.createNativeQuery(
            "delete from catalogue_outbox where id in ("
                + String.join(",", ids.stream().map(id -> "?").toList())
                + ")");
    for (int i = 0; i < ids.size(); i++) {
      delete.setParameter(i + 1, ids.get(i));
    }
    delete.executeUpdate();
  }

  @Override
  public List<CatalogueOffer> published(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    // Without the partner in the query: joined, a table never analysed (right after a bulk
    // import) was planned as a scan of all the partner's offers, 1.5 s for each 500 changes.
    return em.createQuery(
            "select o from CatalogueOffer o where o.status = :published and o.id in :ids",
            CatalogueOffer.class)
        .setParameter("published", OfferStatus.PUBLISHED)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public List<CatalogueOffer> publishedAfter(UUID after, int limit) {
    var query =
        em.createQuery(
                "select o from CatalogueOffer o where o.status = :published"
                    + (after == null ? "" : " and o.id > :after")
                    + " order by o.id",
                CatalogueOffer.class)
            .setParameter("published", OfferStatus.PUBLISHED)
            .setMaxResults(limit);
    if (after != null) {
      query.setParameter("after", after);
    }
    return query.getResultList();
  }

  @Override
  public Set<UUID> vettedPartners() {
    return new HashSet<>(
        em.createQuery(
                "select p.id from PartnerOrganisation p where p.status = :vetted", UUID.class)
            .setParameter("vetted", PartnerStatus.VETTED)
            .getResultList());
  }

  @Override
  public long countOffers() {
    return em.createQuery("select count(o) from CatalogueOffer o", Long.class).getSingleResult();
  }
}
