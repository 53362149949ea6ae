package org.parcours.portfolio.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.worker.WorkerId;

/** Rows in a list, and a log of the calls that matter to the locking rule. */
final class InMemoryEvidenceRepository implements EvidenceRepository {

  final List<EvidenceFile> rows = new ArrayList<>();
  final List<String> calls = new ArrayList<>();
  final Set<WorkerId> workers;
  private final Map<WorkerId, String> keys = new HashMap<>();

  InMemoryEvidenceRepository(Set<WorkerId> workers) {
    this.workers = workers;
  }

  @Override
  public List<EvidenceFile> ofEntry(WorkerId owner, EntryId entry) {
    return ofWorker(owner).stream().filter(f -> f.entry().equals(entry)).toList();
  }

  @Override
  public List<EvidenceFile> ofWorker(WorkerId owner) {
    return rows.stream().filter(f -> f.owner().equals(owner)).toList();
  }

  @Override
  public Optional<EvidenceFile> find(WorkerId owner, UUID id) {
    return ofWorker(owner).stream().filter(f -> f.id().equals(id)).findFirst();
  }

  @Override
  public boolean lockOwner(WorkerId owner) {
    calls.add("lock");
    return workers.contains(owner);
  }

  @Override
  public long usedBytes(WorkerId owner) {
    calls.add("usedBytes");
    return ofWorker(owner).stream().mapToLong(EvidenceFile::size).sum();
  }

  @Override
  public Set<String> hashesOf(WorkerId owner) {
    return ofWorker(owner).stream().map(EvidenceFile::sha256).collect(Collectors.toSet());
  }

  @Override
  public void add(EvidenceFile file) {
    calls.add("add");
    rows.add(file);
  }

  @Override
  public void remove(EvidenceFile file) {
    rows.remove(file);
  }

  @Override
  public Optional<String> wrappedKey(WorkerId owner) {
    return Optional.ofNullable(keys.get(owner));
  }

  @Override
  public void addKeyIfAbsent(WorkerId owner, String wrapped) {
    keys.putIfAbsent(owner, wrapped);
  }
}
