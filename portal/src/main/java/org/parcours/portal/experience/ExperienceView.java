package org.parcours.portal.experience;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.parcours.portfolio.experience.Experience;

/** An experience as the API shows it. */
public record ExperienceView(
    String id,
    String title,
    String employer,
    LocalDate startDate,
    LocalDate endDate,
    String description,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version) {

  static ExperienceView of(Experience e) {
    return new ExperienceView(
        e.id().toString(),
        e.title(),
        e.employer().orElse(null),
        e.startDate(),
        e.endDate().orElse(null),
        e.description().orElse(null),
        e.createdAt(),
        e.updatedAt(),
        e.version());
  }
}
