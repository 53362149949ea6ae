package org.parcours.portfolio.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.testing.Drafts;
import org.parcours.portfolio.testing.InMemoryExperienceRepository;
import org.parcours.portfolio.worker.WorkerId;

class ExperienceServiceTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("UTC"));
  private final InMemoryExperienceRepository repository = new InMemoryExperienceRepository();
  private final ExperienceService service = new ExperienceService(repository, clock);
  private final WorkerId camille = new WorkerId(UUID.randomUUID());
  private final WorkerId lucas = new WorkerId(UUID.randomUUID());

  @Test
  void workerSeesOnlyTheirOwnExperiences() {
    service.record(camille, Drafts.aJob("Aide-soignante"));
    service.record(lucas, Drafts.aJob("Cariste"));

    assertThat(service.list(camille))
        .extracting(Experience::title)
        .containsExactly("Aide-soignante");
  }

  @Test
  void anotherWorkersExperienceLooksUnknown() {
    ExperienceId theirs = service.record(lucas, Drafts.aJob("Cariste")).id();

    assertThatThrownBy(() -> service.get(camille, theirs)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.change(camille, theirs, Drafts.aJob("Volé")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.delete(camille, theirs)).isInstanceOf(NotFoundException.class);
    assertThat(service.get(lucas, theirs).title()).isEqualTo("Cariste");
  }

  @Test
  void changeReplacesWhatTheWorkerWrote() {
    ExperienceId id = service.record(camille, Drafts.aJob("Aide-soignante")).id();

    service.change(camille, id, Drafts.aJob("Aide-soignante de nuit"));

    assertThat(service.get(camille, id).title()).isEqualTo("Aide-soignante de nuit");
  }

  @Test
  void invalidChangeLeavesTheExperienceAsItWas() {
    ExperienceId id = service.record(camille, Drafts.aJob("Aide-soignante")).id();

    assertThatThrownBy(() -> service.change(camille, id, Drafts.aJob("")))
        .isInstanceOf(InvalidInputException.class);
    assertThat(service.get(camille, id).title()).isEqualTo("Aide-soignante");
  }

  @Test
  void deletedExperienceIsGone() {
    ExperienceId id = service.record(camille, Drafts.aJob("Aide-soignante")).id();

    service.delete(camille, id);

    assertThat(service.list(camille)).isEmpty();
    assertThatThrownBy(() -> service.get(camille, id)).isInstanceOf(NotFoundException.class);
  }
}
