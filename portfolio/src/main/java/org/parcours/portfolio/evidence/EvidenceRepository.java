package org.parcours.portfolio.evidence;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.worker.WorkerId;

/** Where evidence file rows and worker keys are kept. Every read names the owner. */
public interface EvidenceRepository {

  List<EvidenceFile> ofEntry(WorkerId owner, EntryId entry);

  List<EvidenceFile> ofWorker(WorkerId owner);

  Optional<EvidenceFile> find(WorkerId owner, UUID id);

  /**
   * Locks the owner's worker row until the transaction ends, serialising what changes their files.
   *
   * @return false when the worker does not exist (erased)
   */
  boolean lockOwner(WorkerId owner);

  long usedBytes(WorkerId owner);

  /** The content hashes still referenced by the owner's rows. */
  Set<String> hashesOf(WorkerId owner);

  void add(EvidenceFile file);

  void remove(EvidenceFile file);

  Optional<String> wrappedKey(WorkerId owner);

  /** Stores a wrapped key unless the worker has one already; a concurrent first upload wins. */
  void addKeyIfAbsent(WorkerId owner, String wrapped);
}
