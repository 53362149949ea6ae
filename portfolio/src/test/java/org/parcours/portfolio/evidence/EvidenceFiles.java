package org.parcours.portfolio.evidence;

import java.time.OffsetDateTime;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.worker.WorkerId;

/**
 * Evidence files as the store keeps them, for tests of other packages. It lives here because only
 * this package may make a file: the service does, once the content is checked.
 */
public final class EvidenceFiles {

  private EvidenceFiles() {}

  public static EvidenceFile aPdf(
      WorkerId owner, EntryId entry, String name, String sha256, OffsetDateTime at) {
    return new EvidenceFile(owner, entry, sha256, 1_024, "application/pdf", name, at);
  }
}
