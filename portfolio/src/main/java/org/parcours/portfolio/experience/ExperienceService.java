package org.parcours.portfolio.experience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.worker.WorkerId;

/** A worker records, reads, changes and deletes their own experiences, and only theirs. */
@ApplicationScoped
@Transactional
public class ExperienceService {

  private ExperienceRepository experiences;
  private Clock clock;

  protected ExperienceService() {}

  @Inject
  public ExperienceService(ExperienceRepository experiences, Clock clock) {
    this.experiences = experiences;
    this.clock = clock;
  }

  // One read-only query for the portfolio page, its most frequent use: a transaction around it
  // would only add its begin and commit.
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Experience> list(WorkerId owner) {
    return experiences.listOf(owner);
  }

  public Experience get(WorkerId owner, ExperienceId id) {
    return experiences.find(owner, id).orElseThrow(() -> new NotFoundException("experience"));
  }

  public Experience record(WorkerId owner, ExperienceDraft draft) {
    ExperienceDraft valid = draft.validated(LocalDate.now(clock));
    Experience experience = new Experience(owner, valid, OffsetDateTime.now(clock));
    experiences.add(experience);
    return experience;
  }

  public Experience change(WorkerId owner, ExperienceId id, ExperienceDraft draft) {
    ExperienceDraft valid = draft.validated(LocalDate.now(clock));
    Experience experience = get(owner, id);
    experience.change(valid, OffsetDateTime.now(clock));
    return experience;
  }

  public void delete(WorkerId owner, ExperienceId id) {
    experiences.remove(get(owner, id));
  }
}
