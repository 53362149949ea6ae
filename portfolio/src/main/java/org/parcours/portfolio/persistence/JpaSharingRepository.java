package org.parcours.portfolio.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portfolio.sharing.AccessRecord;
import org.parcours.portfolio.sharing.Adviser;
import org.parcours.portfolio.sharing.AdviserMembership;
import org.parcours.portfolio.sharing.AdviserNote;
import org.parcours.portfolio.sharing.AdviserOrganisation;
import org.parcours.portfolio.sharing.ConsentAttempt;
import org.parcours.portfolio.sharing.ConsentRequest;
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

  // Updates, not a read FOR UPDATE: on PostgreSQL each access-log row key-share-locks its grant
  // through the foreign key, and such locks go ahead of a waiting FOR UPDATE, so a revocation
  // behind a steady stream of link reads waited without end. An update conflicts only with the
  // share locks of adviser reads, and its condition is checked again once it has waited. The
  // first one changes nothing but takes the lock; the time is read after it.
  @Override
  public Optional<OffsetDateTime> revoke(WorkerId owner, UUID id, Clock clock) {
    int locked =
        em.createQuery(
                "update ShareGrant g set g.revokedAt = null"
                    + " where g.id = :id and g.workerId = :w and g.revokedAt is null")
            .setParameter("id", id)
            .setParameter("w", owner.value())
            .executeUpdate();
    if (locked == 0) {
      return Optional.empty();
    }
    OffsetDateTime at = OffsetDateTime.now(clock);
    em.createQuery("update ShareGrant g set g.revokedAt = :at where g.id = :id")
        .setParameter("at", at)
        .setParameter("id", id)
        .executeUpdate();
    return Optional.of(at);
  }

  @Override
  public Optional<ShareGrant> grantToForRead(UUID adviserId, UUID grantId) {
    return em.createQuery(
            "select g from ShareGrant g where g.id = :id and g.adviser.id = :a", ShareGrant.class)
        .setParameter("id", grantId)
        .setParameter("a", adviserId)
        .setLockMode(LockModeType.PESSIMISTIC_READ)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<AdviserOrganisation> organisations() {
    return em.createQuery(
            "select o from AdviserOrganisation o order by o.name", AdviserOrganisation.class)
        .getResultList();
  }

  @Override
  public Optional<AdviserOrganisation> organisation(UUID id) {
    return Optional.ofNullable(em.find(AdviserOrganisation.class, id));
  }

  @Override
  public Optional<AdviserOrganisation> organisationNamed(String name) {
    return em.createQuery(
            "select o from AdviserOrganisation o where o.name = :n", AdviserOrganisation.class)
        .setParameter("n", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(AdviserOrganisation organisation) {
    em.persist(organisation);
  }

  @Override
  public Optional<AdviserMembership> membership(String email) {
    return Optional.ofNullable(em.find(AdviserMembership.class, email));
  }

  @Override
  public List<AdviserMembership> members(UUID organisationId) {
    return em.createQuery(
            "select m from AdviserMembership m where m.organisation.id = :o order by m.email",
            AdviserMembership.class)
        .setParameter("o", organisationId)
        .getResultList();
  }

  @Override
  public void add(AdviserMembership membership) {
    em.persist(membership);
  }

  @Override
  public void add(ConsentRequest request) {
    em.persist(request);
  }

  @Override
  public Optional<ConsentRequest> requestByCodeHashForUpdate(String hash) {
    return em.createQuery(
            "select r from ConsentRequest r where r.codeHash = :h", ConsentRequest.class)
        .setParameter("h", hash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ConsentRequest> request(UUID adviserId, UUID id) {
    return em.createQuery(
            "select r from ConsentRequest r where r.id = :id and r.adviser.id = :a",
            ConsentRequest.class)
        .setParameter("id", id)
        .setParameter("a", adviserId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ConsentAttempt attempt) {
    em.persist(attempt);
  }

  @Override
  public long attemptsSince(WorkerId worker, OffsetDateTime since) {
    return em.createQuery(
            "select count(a) from ConsentAttempt a where a.workerId = :w and a.at > :since",
            Long.class)
        .setParameter("w", worker.value())
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public void add(AdviserNote note) {
    em.persist(note);
  }

  @Override
  public List<AdviserNote> notesOf(WorkerId worker) {
    return em.createQuery(
            "select n from AdviserNote n where n.workerId = :w order by n.createdAt desc",
            AdviserNote.class)
        .setParameter("w", worker.value())
        .getResultList();
  }

  @Override
  public List<AdviserNote> notesUnder(UUID grantId) {
    return em.createQuery(
            "select n from AdviserNote n where n.grant.id = :g order by n.createdAt desc",
            AdviserNote.class)
        .setParameter("g", grantId)
        .getResultList();
  }
}
