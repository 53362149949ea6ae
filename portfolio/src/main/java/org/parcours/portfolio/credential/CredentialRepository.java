package org.parcours.portfolio.credential;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portfolio.worker.WorkerId;

/** Where credentials are kept. Every read by a worker names the owner. */
public interface CredentialRepository {

  List<Credential> ofWorker(WorkerId owner);

  Optional<Credential> find(WorkerId owner, UUID id);

  Optional<CredentialOriginal> original(WorkerId owner, UUID id);

  /**
   * A credential due for verification, and where the queue stands after it.
   *
   * @param id the credential
   * @param verifiedAt when it was last verified
   */
  record Due(UUID id, OffsetDateTime verifiedAt) {}

  /**
   * Credentials of these connectors last verified before {@code time} and after {@code after},
   * oldest first: a pass walks the queue with {@code after} as its cursor, so credentials it could
   * not check (their plugin busy or failing) do not hold the others back, and credentials of an
   * inactive connector are not in it at all.
   *
   * @param time verified before this
   * @param after verified after this (the cursor); {@code null} from the start
   * @param connectors the connector ids whose credentials are wanted
   * @param limit at most this many
   * @return the credentials, oldest verification first
   */
  List<Due> verifiedBefore(
      OffsetDateTime time, OffsetDateTime after, Collection<String> connectors, int limit);

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
