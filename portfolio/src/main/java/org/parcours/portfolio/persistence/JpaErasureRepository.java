package org.parcours.portfolio.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.parcours.portfolio.erasure.ErasureRepository;
import org.parcours.portfolio.worker.WorkerId;

@ApplicationScoped
public class JpaErasureRepository implements ErasureRepository {

  @PersistenceContext(unitName = "portfolio")
  private EntityManager em;

  @Override
  public void deleteWorker(WorkerId worker) {
    em.createNativeQuery("delete from worker where id = ?")
        .setParameter(1, worker.value())
        .executeUpdate();
  }

  @Override
  public void recordErasure(OffsetDateTime at) {
    em.createNativeQuery("insert into erasure_record (id, erased_at) values (?, ?)")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, at)
        .executeUpdate();
  }

  @Override
  public long erasures() {
    return ((Number) em.createNativeQuery("select count(*) from erasure_record").getSingleResult())
        .longValue();
  }
}
