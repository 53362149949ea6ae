package org.parcours.portfolio.experience;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;

/**
 * What a worker types to record or change an experience, before it is checked.
 *
 * @param title what the worker did, such as "Aide-soignante"
 * @param employer the employer or organisation; optional (personal projects have none)
 * @param startDate when it began
 * @param endDate when it ended; {@code null} while it goes on
 * @param description free text in the worker's words; optional
 */
public record ExperienceDraft(
    String title, String employer, LocalDate startDate, LocalDate endDate, String description) {

  public static final int TITLE_MAX = 200;
  public static final int EMPLOYER_MAX = 200;
  public static final int DESCRIPTION_MAX = 5000;
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /**
   * Checks every rule at once, so that a person sees all their mistakes together.
   *
   * @param today the worker's today, for the rule that an experience has already begun
   * @return the draft with surrounding blanks removed and empty optional texts as {@code null}
   * @throws InvalidInputException listing every broken rule
   */
  public ExperienceDraft validated(LocalDate today) {
    String cleanTitle = strip(title);
    String cleanEmployer = strip(employer);
    String cleanDescription = strip(description);
    List<Violation> violations = new ArrayList<>();
    if (cleanTitle == null) {
      violations.add(new Violation("title", "experience.title.required"));
    } else if (cleanTitle.length() > TITLE_MAX) {
      violations.add(new Violation("title", "experience.title.tooLong"));
    }
    if (cleanEmployer != null && cleanEmployer.length() > EMPLOYER_MAX) {
      violations.add(new Violation("employer", "experience.employer.tooLong"));
    }
    if (cleanDescription != null && cleanDescription.length() > DESCRIPTION_MAX) {
      violations.add(new Violation("description", "experience.description.tooLong"));
    }
    if (startDate == null) {
      violations.add(new Violation("startDate", "experience.startDate.required"));
    } else if (startDate.isBefore(EARLIEST)) {
      violations.add(new Violation("startDate", "experience.startDate.tooEarly"));
    } else if (startDate.isAfter(today)) {
      violations.add(new Violation("startDate", "experience.startDate.inFuture"));
    }
    if (endDate != null && startDate != null && endDate.isBefore(startDate)) {
      violations.add(new Violation("endDate", "experience.endDate.beforeStart"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new ExperienceDraft(cleanTitle, cleanEmployer, startDate, endDate, cleanDescription);
  }

  private static String strip(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
