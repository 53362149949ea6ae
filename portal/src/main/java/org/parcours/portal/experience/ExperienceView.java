package org.parcours.portal.experience;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.parcours.portal.skill.SkillView;
import org.parcours.portfolio.experience.Activity;
import org.parcours.portfolio.experience.Experience;

/** An experience as the API shows it. */
public record ExperienceView(
    String id,
    Activity activity,
    String title,
    String employer,
    String place,
    LocalDate startDate,
    LocalDate endDate,
    String tasks,
    String description,
    List<SkillView> skills,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version) {

  static ExperienceView of(Experience e) {
    return new ExperienceView(
        e.id().toString(),
        e.activity(),
        e.title(),
        e.employer().orElse(null),
        e.place().orElse(null),
        e.startDate(),
        e.endDate().orElse(null),
        e.tasks().orElse(null),
        e.description().orElse(null),
        SkillView.of(e.skills()),
        e.createdAt(),
        e.updatedAt(),
        e.version());
  }
}
