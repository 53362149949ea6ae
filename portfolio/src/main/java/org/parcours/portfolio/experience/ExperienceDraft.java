package org.parcours.portfolio.experience;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parcours.portfolio.shared.Checks;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Texts;
import org.parcours.portfolio.shared.Violation;

/**
 * What a worker types to record or change an experience, before it is checked.
 *
 * @param activity paid job, volunteering, personal project or internship; a paid job if absent
 * @param title what the worker did, such as "Aide-soignante"
 * @param employer the employer or organisation; optional (personal projects have none)
 * @param place where, such as "Lyon"; optional
 * @param startDate when it began
 * @param endDate when it ended; {@code null} while it goes on
 * @param tasks the tasks carried out, one per line; optional
 * @param description free text in the worker's words; optional
 */
public record ExperienceDraft(
    Activity activity,
    String title,
    String employer,
    String place,
    LocalDate startDate,
    LocalDate endDate,
    String tasks,
    String description) {

  public static final int TITLE_MAX = 200;
  public static final int EMPLOYER_MAX = 200;
  public static final int PLACE_MAX = 200;
  public static final int TASKS_MAX = 5000;
  public static final int DESCRIPTION_MAX = 5000;

  /** The short form the first version of the API and page used: a paid job, no place or tasks. */
  public static ExperienceDraft of(
      String title, String employer, LocalDate startDate, LocalDate endDate, String description) {
    return new ExperienceDraft(null, title, employer, null, startDate, endDate, null, description);
  }

  /**
   * Checks every rule at once, so that a person sees all their mistakes together.
   *
   * @param today the worker's today, for the rule that an experience has already begun
   * @return the draft with surrounding blanks removed and empty optional texts as {@code null}
   * @throws InvalidInputException listing every broken rule
   */
  public ExperienceDraft validated(LocalDate today) {
    String cleanTitle = Texts.strip(title);
    String cleanEmployer = Texts.strip(employer);
    String cleanPlace = Texts.strip(place);
    String cleanTasks = Texts.strip(tasks);
    String cleanDescription = Texts.strip(description);
    List<Violation> violations = new ArrayList<>();
    if (cleanTitle == null) {
      violations.add(new Violation("title", "experience.title.required"));
    }
    Checks.length("experience", "title", cleanTitle, TITLE_MAX, violations);
    Checks.length("experience", "employer", cleanEmployer, EMPLOYER_MAX, violations);
    Checks.length("experience", "place", cleanPlace, PLACE_MAX, violations);
    Checks.length("experience", "tasks", cleanTasks, TASKS_MAX, violations);
    Checks.length("experience", "description", cleanDescription, DESCRIPTION_MAX, violations);
    Checks.period("experience", startDate, endDate, today, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new ExperienceDraft(
        activity == null ? Activity.PAID_JOB : activity,
        cleanTitle,
        cleanEmployer,
        cleanPlace,
        startDate,
        endDate,
        cleanTasks,
        cleanDescription);
  }
}
