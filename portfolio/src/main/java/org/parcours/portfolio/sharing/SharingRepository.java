package org.parcours.portfolio.sharing;

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

  Optional<ShareGrant> grantByLinkHash(String hash);

  /** The grants made to this adviser, newest first. */
  List<ShareGrant> grantsTo(UUID adviserId);

  void add(AccessRecord record);

  /** Reads of the owner's portfolio by others, newest first, at most {@code limit}. */
  List<AccessRecord> accessLog(WorkerId owner, int limit);
}
