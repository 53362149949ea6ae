package org.parcours.portfolio.entry;

import java.util.List;
import java.util.Optional;
import org.parcours.portfolio.worker.WorkerId;

/** Every entry of a portfolio, whatever its kind. Every read names the owner. */
public interface EntryRepository {

  /** All the owner's entries with their skills, most recently changed first. */
  List<Entry> listOf(WorkerId owner);

  Optional<Entry> find(WorkerId owner, EntryId id);

  /** Stores a new entry of any kind, as an import does. */
  void add(Entry entry);

  /** Writes pending entries now, before rows that point at them (evidence files). */
  void flush();
}
