package org.parcours.portfolio.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portfolio.credential.Credential;
import org.parcours.portfolio.credential.CredentialOriginal;
import org.parcours.portfolio.credential.CredentialRepository;
import org.parcours.portfolio.shared.DomainException;
import org.parcours.portfolio.shared.ErrorCode;
import org.parcours.portfolio.worker.WorkerId;

@ApplicationScoped
public class JpaCredentialRepository implements CredentialRepository {

  @PersistenceContext(unitName = "portfolio")
  private EntityManager em;

  @Override
  public List<Credential> ofWorker(WorkerId owner) {
    return em.createQuery(
            "select c from Credential c where c.workerId = :w order by c.importedAt desc",
            Credential.class)
        .setParameter("w", owner.value())
        .getResultList();
  }

  @Override
  public Optional<Credential> find(WorkerId owner, UUID id) {
    return em.createQuery(
            "select c from Credential c where c.id = :id and c.workerId = :w", Credential.class)
        .setParameter("id", id)
        .setParameter("w", owner.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<CredentialOriginal> original(WorkerId owner, UUID id) {
    return find(owner, id).flatMap(c -> originalOf(id));
  }

  @Override
  public List<Due> verifiedBefore(
      OffsetDateTime time, OffsetDateTime after, Collection<String> connectors, int limit) {
    if (connectors.isEmpty()) {
      return List.of();
    }
    TypedQuery<Object[]> query =
        em.createQuery(
                "select c.id, c.verifiedAt from Credential c where c.verifiedAt < :t"
                    + (after == null ? "" : " and c.verifiedAt > :after")
                    + " and c.connector in :connectors order by c.verifiedAt, c.id",
                Object[].class)
            .setParameter("t", time)
            .setParameter("connectors", connectors)
            .setMaxResults(limit);
    if (after != null) {
      query.setParameter("after", after);
    }
    return query.getResultList().stream()
        .map(row -> new Due((UUID) row[0], (OffsetDateTime) row[1]))
        .toList();
  }

  @Override
  public Optional<Credential> byId(UUID id) {
    return Optional.ofNullable(em.find(Credential.class, id));
  }

  @Override
  public Optional<CredentialOriginal> originalOf(UUID id) {
    return Optional.ofNullable(em.find(CredentialOriginal.class, id));
  }

  @Override
  public void add(Credential credential, CredentialOriginal original) {
    // The unique constraint (worker, digest) finds a duplicate: asking first would cost every
    // import a query, and a check before the insert would still let two concurrent imports in.
    em.persist(credential);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (Constraints.violated(e, "credential_once")) {
        throw new DomainException(
            ErrorCode.DUPLICATE, "This credential is already in the portfolio");
      }
      throw e;
    }
    em.persist(original);
  }

  @Override
  public void remove(Credential credential) {
    originalOf(credential.id()).ifPresent(em::remove);
    em.remove(credential);
  }
}
