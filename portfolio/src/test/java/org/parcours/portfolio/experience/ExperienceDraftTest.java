package org.parcours.portfolio.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;

class ExperienceDraftTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    ExperienceDraft draft =
        ExperienceDraft.of(
            "  ",
            "x".repeat(201),
            LocalDate.of(2024, 5, 1),
            LocalDate.of(2024, 4, 30),
            "d".repeat(5001));

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> draft.validated(TODAY));

    assertThat(e.violations())
        .containsExactlyInAnyOrder(
            new Violation("title", "experience.title.required"),
            new Violation("employer", "experience.employer.tooLong"),
            new Violation("description", "experience.description.tooLong"),
            new Violation("endDate", "experience.endDate.beforeStart"));
  }

  @Test
  void startIsRequiredAndCannotBeInTheFuture() {
    InvalidInputException missing =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> ExperienceDraft.of("Cariste", null, null, null, null).validated(TODAY));
    InvalidInputException future =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                ExperienceDraft.of("Cariste", null, TODAY.plusDays(1), null, null)
                    .validated(TODAY));

    assertThat(missing.violations())
        .containsExactly(new Violation("startDate", "experience.startDate.required"));
    assertThat(future.violations())
        .containsExactly(new Violation("startDate", "experience.startDate.inFuture"));
  }

  @Test
  void textsAreTrimmedAndEmptyOptionalTextsBecomeAbsent() {
    ExperienceDraft valid =
        ExperienceDraft.of(" Cariste ", "   ", TODAY, TODAY, "\n").validated(TODAY);

    assertThat(valid.title()).isEqualTo("Cariste");
    assertThat(valid.employer()).isNull();
    assertThat(valid.description()).isNull();
  }

  @Test
  void limitsAreInclusive() {
    ExperienceDraft valid =
        ExperienceDraft.of(
                "t".repeat(200), "e".repeat(200), TODAY.minusYears(1), null, "d".repeat(5000))
            .validated(TODAY);

    assertThat(valid.title()).hasSize(200);
  }
}
