package org.parcours.portal.training;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parcours.portfolio.training.TrainingDraft;

/** A training as a client sends it; checked by the portfolio, not here. */
@Schema(name = "TrainingInput")
public record TrainingInput(
    @Schema(required = true, maxLength = TrainingDraft.TITLE_MAX, example = "CACES R489")
        String title,
    @Schema(maxLength = TrainingDraft.ORGANISATION_MAX, example = "AFPA") String organisation,
    @Schema(maxLength = TrainingDraft.PLACE_MAX) String place,
    @Schema(required = true, example = "2021-09-06") LocalDate startDate,
    LocalDate endDate,
    @Schema(minimum = "1", maximum = "100000") Integer hours,
    @Schema(maxLength = TrainingDraft.OUTCOME_MAX, example = "Certificat obtenu") String outcome,
    @Schema(maxLength = TrainingDraft.DESCRIPTION_MAX) String description) {

  static final TrainingInput EMPTY =
      new TrainingInput(null, null, null, null, null, null, null, null);

  TrainingDraft toDraft() {
    return new TrainingDraft(
        title, organisation, place, startDate, endDate, hours, outcome, description);
  }
}
