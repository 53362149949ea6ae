package org.parcours.portfolio.testing;

import java.time.LocalDate;
import org.parcours.portfolio.experience.ExperienceDraft;

/** Experience drafts with readable defaults. */
public final class Drafts {

  private Drafts() {}

  public static ExperienceDraft aJob(String title) {
    return ExperienceDraft.of(
        title,
        "EHPAD Les Tilleuls",
        LocalDate.of(2019, 3, 1),
        LocalDate.of(2023, 6, 30),
        "Soins d'hygiène et de confort auprès de 12 résidents.");
  }
}
