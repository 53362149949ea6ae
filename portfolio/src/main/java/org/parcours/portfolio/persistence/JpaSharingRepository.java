package org.parcours.portfolio.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portfolio.sharing.AccessRecord;
import org.parcours.portfolio.sharing.Adviser;
import org.parcours.portfolio.sharing.ShareGrant;
import org.parcours.portfolio.sharing.SharingRepository;
import org.parcours.portfolio.worker.WorkerId;

@ApplicationScoped
public class JpaSharingRepository implements SharingRepository {

  @PersistenceContext(unitName = "portfolio")
  private EntityManager em;

  @Override
  public Optional<Adviser> adviserBySubject(String subject) {
    return em.createQuery("select a from Adviser a where a.subject = :s", Adviser.class)
        .setParameter("s", subject)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Adviser> adviserByEmail(String email) {
    return em.createQuery("select a from Adviser a where lower(a.email) = :e", Adviser.class)
        .setParameter("e", email.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Adviser> adviser(UUID id) {
    return Optional.ofNullable(em.find(Adviser.class, id));
  }

  @Override
  public void add(Adviser adviser) {
    em.persist(adviser);
  }

  @Override
  public void add(ShareGrant grant) {
    em.persist(grant);
  }

  @Override
  public List<ShareGrant> grantsOf(WorkerId owner) {
    return em.createQuery(
            "select g from ShareGrant g where g.workerId = :w order by g.createdAt desc",
            ShareGrant.class)
        .setParameter("w", owner.value())
        .getResultList();
  }

  @Override
  public Optional<ShareGrant> grant(WorkerId owner, UUID id) {
    return em.createQuery(
            "select g from ShareGrant g where g.id = :id and g.workerId = :w", ShareGrant.class)
        .setParameter("id", id)
        .setParameter("w", owner.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ShareGrant> grantByLinkHash(String hash) {
    return em.createQuery("select g from ShareGrant g where g.linkHash = :h", ShareGrant.class)
        .setParameter("h", hash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ShareGrant> grantsTo(UUID adviserId) {
    return em.createQuery(
            "select g from ShareGrant g where g.adviser.id = :a order by g.createdAt desc",
            ShareGrant.class)
        .setParameter("a", adviserId)
        .getResultList();
  }

  @Override
  public void add(AccessRecord record) {
    em.persist(record);
  }

  @Override
  public List<AccessRecord> accessLog(WorkerId owner, int limit) {
    return em.createQuery(
            "select r from AccessRecord r where r.workerId = :w order by r.readAt desc",
            AccessRecord.class)
        .setParameter("w", owner.value())
        .setMaxResults(limit)
        .getResultList();
  }
}
