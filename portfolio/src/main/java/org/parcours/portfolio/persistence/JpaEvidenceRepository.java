package org.parcours.portfolio.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.evidence.EvidenceRepository;
import org.parcours.portfolio.worker.WorkerId;

@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

  @PersistenceContext(unitName = "portfolio")
  private EntityManager em;

  @Override
  public List<EvidenceFile> ofEntry(WorkerId owner, EntryId entry) {
    return em.createQuery(
            "select f from EvidenceFile f where f.workerId = :w and f.entryId = :e"
                + " order by f.uploadedAt",
            EvidenceFile.class)
        .setParameter("w", owner.value())
        .setParameter("e", entry.value())
        .getResultList();
  }

  @Override
  public List<EvidenceFile> ofWorker(WorkerId owner) {
    return em.createQuery(
            "select f from EvidenceFile f where f.workerId = :w order by f.uploadedAt",
            EvidenceFile.class)
        .setParameter("w", owner.value())
        .getResultList();
  }

  @Override
  public Optional<EvidenceFile> find(WorkerId owner, UUID id) {
    return em.createQuery(
            "select f from EvidenceFile f where f.id = :id and f.workerId = :w", EvidenceFile.class)
        .setParameter("id", id)
        .setParameter("w", owner.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean lockOwner(WorkerId owner) {
    if (em.createNativeQuery("select id from worker where id = ?")
        .setParameter(1, owner.value())
        .getResultList()
        .isEmpty()) {
      return false;
    }
    // A row of its own, as the audit chain has (V4_2, V8_5): never "for update" on the worker.
    em.createNativeQuery("insert into evidence_lock (worker_id) values (?) on conflict do nothing")
        .setParameter(1, owner.value())
        .executeUpdate();
    em.createNativeQuery("select worker_id from evidence_lock where worker_id = ? for update")
        .setParameter(1, owner.value())
        .getResultList();
    return true;
  }

  @Override
  public long usedBytes(WorkerId owner) {
    Number used =
        em.createQuery(
                "select coalesce(sum(f.size), 0) from EvidenceFile f where f.workerId = :w",
                Number.class)
            .setParameter("w", owner.value())
            .getSingleResult();
    return used.longValue();
  }

  @Override
  public Set<String> hashesOf(WorkerId owner) {
    return new HashSet<>(
        em.createQuery("select f.sha256 from EvidenceFile f where f.workerId = :w", String.class)
            .setParameter("w", owner.value())
            .getResultList());
  }

  @Override
  public void add(EvidenceFile file) {
    em.persist(file);
  }

  @Override
  public void remove(EvidenceFile file) {
    em.remove(file);
  }

  @Override
  public Optional<String> wrappedKey(WorkerId owner) {
    List<?> rows =
        em.createNativeQuery("select wrapped_key from worker_key where worker_id = ?")
            .setParameter(1, owner.value())
            .getResultList();
    return rows.stream().findFirst().map(Object::toString);
  }

  @Override
  public void addKeyIfAbsent(WorkerId owner, String wrapped) {
    em.createNativeQuery(
            "insert into worker_key (worker_id, wrapped_key, created_at) values (?, ?, ?)"
                + " on conflict do nothing")
        .setParameter(1, owner.value())
        .setParameter(2, wrapped)
        .setParameter(3, OffsetDateTime.now())
        .executeUpdate();
  }
}
