package org.parcours.portfolio.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.entry.EntryRepository;
import org.parcours.portfolio.worker.WorkerId;

@ApplicationScoped
public class JpaEntryRepository implements EntryRepository {

  @PersistenceContext(unitName = "portfolio")
  private EntityManager em;

  @Override
  public List<Entry> listOf(WorkerId owner) {
    // One query for the entries and their skills, not one per entry.
    return em.createQuery(
            "select distinct e from Entry e left join fetch e.skills where e.workerId = :owner"
                + " order by e.updatedAt desc",
            Entry.class)
        .setParameter("owner", owner.value())
        // a list is only read: nothing to compare at commit
        .setHint("eclipselink.read-only", true)
        .getResultList();
  }

  @Override
  public Optional<Entry> find(WorkerId owner, EntryId id) {
    return em.createQuery(
            "select e from Entry e where e.id = :id and e.workerId = :owner", Entry.class)
        .setParameter("id", id.value())
        .setParameter("owner", owner.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Entry entry) {
    em.persist(entry);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
