package org.parcours.portfolio.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parcours.portfolio.shared.Checks;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Texts;
import org.parcours.portfolio.shared.Violation;

/**
 * What a worker types to record or change a training they followed, before it is checked.
 *
 * @param title the training's name, such as "CACES R489 catégorie 3"
 * @param organisation who gave it; optional
 * @param place where; optional
 * @param startDate when it began
 * @param endDate when it ended; {@code null} while it goes on
 * @param hours how long, in hours; optional
 * @param outcome what it led to (certificate, attestation...); optional
 * @param description free text; optional
 */
public record TrainingDraft(
    String title,
    String organisation,
    String place,
    LocalDate startDate,
    LocalDate endDate,
    Integer hours,
    String outcome,
    String description) {

  public static final int TITLE_MAX = 200;
  public static final int ORGANISATION_MAX = 200;
  public static final int PLACE_MAX = 200;
  public static final int OUTCOME_MAX = 200;
  public static final int DESCRIPTION_MAX = 5000;
  public static final int HOURS_MAX = 100_000;

  /** Checks every rule at once; see {@code ExperienceDraft#validated}. */
  public TrainingDraft validated(LocalDate today) {
    String cleanTitle = Texts.strip(title);
    String cleanOrganisation = Texts.strip(organisation);
    String cleanPlace = Texts.strip(place);
    String cleanOutcome = Texts.strip(outcome);
    String cleanDescription = Texts.strip(description);
    List<Violation> violations = new ArrayList<>();
    if (cleanTitle == null) {
      violations.add(new Violation("title", "training.title.required"));
    }
    Checks.length("training", "title", cleanTitle, TITLE_MAX, violations);
    Checks.length("training", "organisation", cleanOrganisation, ORGANISATION_MAX, violations);
    Checks.length("training", "place", cleanPlace, PLACE_MAX, violations);
    Checks.length("training", "outcome", cleanOutcome, OUTCOME_MAX, violations);
    Checks.length("training", "description", cleanDescription, DESCRIPTION_MAX, violations);
    Checks.period("training", startDate, endDate, today, violations);
    if (hours != null && (hours < 1 || hours > HOURS_MAX)) {
      violations.add(new Violation("hours", "training.hours.outOfRange"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new TrainingDraft(
        cleanTitle,
        cleanOrganisation,
        cleanPlace,
        startDate,
        endDate,
        hours,
        cleanOutcome,
        cleanDescription);
  }
}
