package org.parcours.portfolio.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parcours.portfolio.experience.Experience;
import org.parcours.portfolio.experience.ExperienceId;
import org.parcours.portfolio.experience.ExperienceRepository;
import org.parcours.portfolio.worker.WorkerId;

@ApplicationScoped
public class JpaExperienceRepository implements ExperienceRepository {

  @PersistenceContext(unitName = "portfolio")
  private EntityManager em;

  @Override
  public List<Experience> listOf(WorkerId owner) {
    return em.createQuery(
            // skills fetched in the same query, not one query per experience
            "select distinct e from Experience e left join fetch e.skills"
                + " where e.workerId = :owner order by e.startDate desc, e.createdAt desc",
            Experience.class)
        .setParameter("owner", owner.value())
        // a list is only read: nothing to compare at commit
        .setHint("eclipselink.read-only", true)
        .getResultList();
  }

  @Override
  public Optional<Experience> find(WorkerId owner, ExperienceId id) {
    return em.createQuery(
            "select e from Experience e where e.id = :id and e.workerId = :owner", Experience.class)
        .setParameter("id", id.value())
        .setParameter("owner", owner.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Experience experience) {
    em.persist(experience);
  }

  @Override
  public void remove(Experience experience) {
    em.remove(experience);
  }
}
