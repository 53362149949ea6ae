package org.parcours.portfolio.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.training.Training;
import org.parcours.portfolio.training.TrainingRepository;
import org.parcours.portfolio.worker.WorkerId;

@ApplicationScoped
public class JpaTrainingRepository implements TrainingRepository {

  @PersistenceContext(unitName = "portfolio")
  private EntityManager em;

  @Override
  public List<Training> listOf(WorkerId owner) {
    return em.createQuery(
            // skills fetched in the same query, not one query per training
            "select distinct t from Training t left join fetch t.skills"
                + " where t.workerId = :owner order by t.startDate desc, t.createdAt desc",
            Training.class)
        .setParameter("owner", owner.value())
        // a list is only read: nothing to compare at commit
        .setHint("eclipselink.read-only", true)
        .getResultList();
  }

  @Override
  public Optional<Training> find(WorkerId owner, EntryId id) {
    return em.createQuery(
            "select t from Training t where t.id = :id and t.workerId = :owner", Training.class)
        .setParameter("id", id.value())
        .setParameter("owner", owner.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Training training) {
    em.persist(training);
  }

  @Override
  public void remove(Training training) {
    em.remove(training);
  }
}
