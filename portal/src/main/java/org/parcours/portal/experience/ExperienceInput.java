package org.parcours.portal.experience;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parcours.portfolio.experience.Activity;
import org.parcours.portfolio.experience.ExperienceDraft;

/** An experience as a client sends it; checked by the portfolio, not here. */
@Schema(name = "ExperienceInput")
public record ExperienceInput(
    @Schema(description = "PAID_JOB when absent") Activity activity,
    @Schema(required = true, maxLength = ExperienceDraft.TITLE_MAX, example = "Aide-soignante")
        String title,
    @Schema(maxLength = ExperienceDraft.EMPLOYER_MAX, example = "EHPAD Les Tilleuls")
        String employer,
    @Schema(maxLength = ExperienceDraft.PLACE_MAX, example = "Lyon") String place,
    @Schema(required = true, example = "2019-03-01") LocalDate startDate,
    @Schema(description = "Absent while the experience goes on", example = "2023-06-30")
        LocalDate endDate,
    @Schema(maxLength = ExperienceDraft.TASKS_MAX) String tasks,
    @Schema(maxLength = ExperienceDraft.DESCRIPTION_MAX) String description) {

  ExperienceDraft toDraft() {
    return new ExperienceDraft(
        activity, title, employer, place, startDate, endDate, tasks, description);
  }
}
