package org.parcours.portfolio.experience;

import java.util.List;
import java.util.Optional;
import org.parcours.portfolio.worker.WorkerId;

/** Where experiences are kept. Every read names the owner: there is no unscoped lookup. */
public interface ExperienceRepository {

  /** The owner's experiences, most recent start first. */
  List<Experience> listOf(WorkerId owner);

  Optional<Experience> find(WorkerId owner, ExperienceId id);

  void add(Experience experience);

  void remove(Experience experience);
}
