package org.parcours.portfolio.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.portfolio.experience.Experience;
import org.parcours.portfolio.experience.ExperienceId;
import org.parcours.portfolio.experience.ExperienceRepository;
import org.parcours.portfolio.worker.WorkerId;

/** Keeps experiences in memory, scoped by owner exactly as the JPA repository is. */
public final class InMemoryExperienceRepository implements ExperienceRepository {

  private final Map<ExperienceId, Experience> byId = new LinkedHashMap<>();

  @Override
  public List<Experience> listOf(WorkerId owner) {
    return byId.values().stream()
        .filter(e -> e.owner().equals(owner))
        .sorted(Comparator.comparing(Experience::startDate).reversed())
        .toList();
  }

  @Override
  public Optional<Experience> find(WorkerId owner, ExperienceId id) {
    return Optional.ofNullable(byId.get(id)).filter(e -> e.owner().equals(owner));
  }

  @Override
  public void add(Experience experience) {
    byId.put(experience.id(), experience);
  }

  @Override
  public void remove(Experience experience) {
    byId.remove(experience.id());
  }
}
