package org.parcours.portfolio.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcours.portfolio.worker.Worker;
import org.parcours.portfolio.worker.WorkerId;
import org.parcours.portfolio.worker.WorkerRepository;

@ApplicationScoped
public class JpaWorkerRepository implements WorkerRepository {

  private static final Logger LOG = Logger.getLogger(JpaWorkerRepository.class.getName());

  @PersistenceContext(unitName = "portfolio")
  private EntityManager em;

  @Inject private WorkerInsert insert;

  @Override
  public Optional<Worker> findBySubject(String subject) {
    return em.createQuery("select w from Worker w where w.subject = :subject", Worker.class)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Worker> findById(WorkerId id) {
    return Optional.ofNullable(em.find(Worker.class, id.value()));
  }

  @Override
  public Worker addIfAbsent(Worker worker) {
    try {
      insert.insert(worker);
      return worker;
    } catch (RuntimeException e) {
      // Two first requests of a new worker may race: the unique subject lets one win, and the
      // loser reads the winner's row. Anything else is a real failure.
      return findBySubject(worker.subject())
          .map(winner -> {
            LOG.log(Level.FINE, "Worker created by a concurrent request", e);
            return winner;
          })
          .orElseThrow(() -> e);
    }
  }
}
