package org.parcours.portfolio.evidence;

import org.parcours.portfolio.worker.WorkerId;

/**
 * What a transaction did to the blob store, told to observers that act once it ends: blobs live
 * outside the database, so they follow its outcome only through these.
 */
final class BlobEvents {

  private BlobEvents() {}

  /** A blob that did not exist before was written: it goes if the transaction rolls back. */
  record Written(WorkerId owner, String sha256, BlobStore.Stamp stamp) {}

  /** The last row referencing a blob was deleted: the blob goes once that is committed. */
  record Released(WorkerId owner, String sha256, BlobStore.Stamp stamp) {}
}
