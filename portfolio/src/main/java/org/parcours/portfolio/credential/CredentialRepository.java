package org.parcours.portfolio.credential;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portfolio.worker.WorkerId;

/** Where credentials are kept. Every read by a worker names the owner. */
public interface CredentialRepository {

  List<Credential> ofWorker(WorkerId owner);

  Optional<Credential> find(WorkerId owner, UUID id);

  Optional<CredentialOriginal> original(WorkerId owner, UUID id);

  /** Credentials last verified before a time, oldest first, for background re-verification. */
  List<UUID> verifiedBefore(OffsetDateTime time, int limit);

  /** For background re-verification only: the credential and its original, whoever owns it. */
  Optional<Credential> byId(UUID id);

  Optional<CredentialOriginal> originalOf(UUID id);

  /**
   * Stores a new credential and its original.
   *
   * @throws org.parcours.portfolio.shared.DomainException {@link
   *     org.parcours.portfolio.shared.ErrorCode#DUPLICATE} when the owner already holds the same
   *     original
   */
  void add(Credential credential, CredentialOriginal original);

  void remove(Credential credential);
}
