package org.parcours.portfolio.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.parcours.portfolio.worker.Worker;

/** Inserts a worker in a transaction of its own, so that losing a race spoils nothing else. */
@ApplicationScoped
class WorkerInsert {

  @PersistenceContext(unitName = "portfolio")
  private EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  void insert(Worker worker) {
    em.persist(worker);
    em.flush();
  }
}
