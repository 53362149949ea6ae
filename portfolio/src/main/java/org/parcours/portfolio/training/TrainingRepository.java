package org.parcours.portfolio.training;

import java.util.List;
import java.util.Optional;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.worker.WorkerId;

/** Where trainings are kept. Every read names the owner: there is no unscoped lookup. */
public interface TrainingRepository {

  /** The owner's trainings, most recent start first. */
  List<Training> listOf(WorkerId owner);

  Optional<Training> find(WorkerId owner, EntryId id);

  void add(Training training);

  void remove(Training training);
}
