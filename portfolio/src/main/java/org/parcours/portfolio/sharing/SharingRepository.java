package org.parcours.portfolio.sharing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portfolio.worker.WorkerId;

/** Where grants, advisers and the access log are kept. */
public interface SharingRepository {

  Optional<Adviser> adviserBySubject(String subject);

  Optional<Adviser> adviserByEmail(String email);

  Optional<Adviser> adviser(UUID id);

  void add(Adviser adviser);

  void add(ShareGrant grant);

  /** The owner's grants, newest first. */
  List<ShareGrant> grantsOf(WorkerId owner);

  Optional<ShareGrant> grant(WorkerId owner, UUID id);

  /**
   * Revokes the owner's grant unless it already is. It waits for adviser reads under way (they hold
   * the grant share-locked) and takes its time from {@code clock} only then, so no read in the
   * access log is later than the revocation; once committed, every later read sees it. Of two
   * revocations at once, one wins.
   *
   * @return when this call revoked the grant; empty if it did not (unknown, or already revoked)
   */
  Optional<OffsetDateTime> revoke(WorkerId owner, UUID id, Clock clock);

  /**
   * A grant made to this adviser, share-locked until the transaction ends, so that a revocation
   * waits for this read.
   */
  Optional<ShareGrant> grantToForRead(UUID adviserId, UUID grantId);

  Optional<ShareGrant> grantByLinkHash(String hash);

  /** The grants made to this adviser, newest first. */
  List<ShareGrant> grantsTo(UUID adviserId);

  List<AdviserOrganisation> organisations();

  Optional<AdviserOrganisation> organisation(UUID id);

  Optional<AdviserOrganisation> organisationNamed(String name);

  void add(AdviserOrganisation organisation);

  Optional<AdviserMembership> membership(String email);

  List<AdviserMembership> members(UUID organisationId);

  void add(AdviserMembership membership);

  void add(ConsentRequest request);

  /** A request by its code's hash, locked: a code is confirmed once, by one worker. */
  Optional<ConsentRequest> requestByCodeHashForUpdate(String hash);

  Optional<ConsentRequest> request(UUID adviserId, UUID id);

  void add(ConsentAttempt attempt);

  long attemptsSince(WorkerId worker, OffsetDateTime since);

  void add(AdviserNote note);

  /** Notes left in the worker's portfolio, newest first. */
  List<AdviserNote> notesOf(WorkerId worker);

  /** Notes written under one grant, newest first. */
  List<AdviserNote> notesUnder(UUID grantId);

  void add(AccessRecord record);

  /** Reads of the owner's portfolio by others, newest first, at most {@code limit}. */
  List<AccessRecord> accessLog(WorkerId owner, int limit);
}
