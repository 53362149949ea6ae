package org.parcours.portfolio.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portfolio.vae.Dossier;
import org.parcours.portfolio.vae.DossierRepository;
import org.parcours.portfolio.worker.WorkerId;

@ApplicationScoped
public class JpaDossierRepository implements DossierRepository {

  @PersistenceContext(unitName = "portfolio")
  private EntityManager em;

  @Override
  public List<Dossier> ofWorker(WorkerId owner) {
    return em.createQuery(
            "select d from Dossier d where d.workerId = :owner"
                + " order by d.status asc, d.updatedAt desc",
            Dossier.class)
        .setParameter("owner", owner.value())
        .getResultList();
  }

  @Override
  public Optional<Dossier> find(WorkerId owner, UUID id) {
    return em.createQuery(
            "select d from Dossier d where d.id = :id and d.workerId = :owner", Dossier.class)
        .setParameter("id", id)
        .setParameter("owner", owner.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Dossier dossier) {
    em.persist(dossier);
  }

  @Override
  public void remove(Dossier dossier) {
    em.remove(dossier);
  }
}
