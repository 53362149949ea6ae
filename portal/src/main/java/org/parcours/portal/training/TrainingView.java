package org.parcours.portal.training;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.parcours.portal.skill.SkillView;
import org.parcours.portfolio.training.Training;

/** A training as the API shows it. */
public record TrainingView(
    String id,
    String title,
    String organisation,
    String place,
    LocalDate startDate,
    LocalDate endDate,
    Integer hours,
    String outcome,
    String description,
    List<SkillView> skills,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version) {

  static TrainingView of(Training t) {
    return new TrainingView(
        t.entryId().toString(),
        t.title(),
        t.organisation().orElse(null),
        t.place().orElse(null),
        t.startDate(),
        t.endDate().orElse(null),
        t.hours().orElse(null),
        t.outcome().orElse(null),
        t.description().orElse(null),
        SkillView.of(t.skills()),
        t.createdAt(),
        t.updatedAt(),
        t.version());
  }
}
