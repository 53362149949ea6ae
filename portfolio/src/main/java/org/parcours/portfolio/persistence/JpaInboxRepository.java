package org.parcours.portfolio.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portfolio.inbox.BlockedSender;
import org.parcours.portfolio.inbox.InboxItem;
import org.parcours.portfolio.inbox.InboxRepository;
import org.parcours.portfolio.inbox.PartnerApiClient;
import org.parcours.portfolio.inbox.WorkerAddress;
import org.parcours.portfolio.inbox.WorkerAlias;
import org.parcours.portfolio.worker.WorkerId;

@ApplicationScoped
public class JpaInboxRepository implements InboxRepository {

  @PersistenceContext(unitName = "portfolio")
  private EntityManager em;

  @Override
  public Optional<InboxItem> item(UUID partnerId, String idempotencyKey) {
    return em.createQuery(
            "select i from InboxItem i where i.partnerId = :p and i.idempotencyKey = :k",
            InboxItem.class)
        .setParameter("p", partnerId)
        .setParameter("k", idempotencyKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(InboxItem item) {
    em.persist(item);
  }

  @Override
  public List<InboxItem> ofWorker(WorkerId worker) {
    return em.createQuery(
            "select i from InboxItem i where i.worker.id = :w"
                + " order by i.status desc, i.receivedAt desc",
            InboxItem.class)
        .setParameter("w", worker.value())
        .getResultList();
  }

  @Override
  public Optional<InboxItem> ofWorker(WorkerId worker, UUID id) {
    return em.createQuery(
            "select i from InboxItem i where i.id = :id and i.worker.id = :w", InboxItem.class)
        .setParameter("id", id)
        .setParameter("w", worker.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<InboxItem> ofPartner(UUID partnerId, int limit) {
    return em.createQuery(
            "select i from InboxItem i where i.partnerId = :p order by i.receivedAt desc",
            InboxItem.class)
        .setParameter("p", partnerId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<WorkerAlias> alias(String alias) {
    return Optional.ofNullable(em.find(WorkerAlias.class, alias));
  }

  @Override
  public Optional<WorkerAlias> aliasOf(WorkerId worker) {
    return em.createQuery("select a from WorkerAlias a where a.workerId = :w", WorkerAlias.class)
        .setParameter("w", worker.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(WorkerAlias alias) {
    em.persist(alias);
  }

  @Override
  public void remove(WorkerAlias alias) {
    em.remove(alias);
    // The new alias is inserted in the same transaction: the old row must be gone first.
    em.flush();
  }

  @Override
  public Optional<WorkerAddress> address(String addressKey) {
    return Optional.ofNullable(em.find(WorkerAddress.class, addressKey));
  }

  @Override
  public List<WorkerAddress> addressesOf(WorkerId worker) {
    return em.createQuery(
            "select a from WorkerAddress a where a.workerId = :w", WorkerAddress.class)
        .setParameter("w", worker.value())
        .getResultList();
  }

  @Override
  public void add(WorkerAddress address) {
    em.persist(address);
  }

  @Override
  public void remove(WorkerAddress address) {
    em.remove(address);
  }

  @Override
  public Optional<PartnerApiClient> client(String subject) {
    return Optional.ofNullable(em.find(PartnerApiClient.class, subject));
  }

  @Override
  public void add(PartnerApiClient client) {
    em.persist(client);
  }

  @Override
  public boolean blocked(WorkerId worker, UUID partnerId) {
    return em.createQuery(
                "select count(b) from BlockedSender b where b.workerId = :w and b.partnerId = :p",
                Long.class)
            .setParameter("w", worker.value())
            .setParameter("p", partnerId)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<BlockedSender> blockedBy(WorkerId worker) {
    return em.createQuery(
            "select b from BlockedSender b where b.workerId = :w order by b.blockedAt",
            BlockedSender.class)
        .setParameter("w", worker.value())
        .getResultList();
  }

  @Override
  public void add(BlockedSender blocked) {
    em.persist(blocked);
  }

  @Override
  public void remove(BlockedSender blocked) {
    em.remove(blocked);
  }
}
