package org.parcours.portfolio.shared;

import java.time.LocalDate;
import java.util.List;

/** Rules that several drafts share, each adding what breaks it to a list of violations. */
public final class Checks {
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private Checks() {}

  /**
   * A dated entry has begun, not before 1900, and ends after it began. Adds a violation for each
   * broken rule, with message keys {@code <prefix>.startDate.required}, {@code .tooEarly}, {@code
   * .inFuture} and {@code <prefix>.endDate.beforeStart}.
   */
  public static void period(
      String prefix, LocalDate start, LocalDate end, LocalDate today, List<Violation> violations) {
    if (start == null) {
      violations.add(new Violation("startDate", prefix + ".startDate.required"));
    } else if (start.isBefore(EARLIEST)) {
      violations.add(new Violation("startDate", prefix + ".startDate.tooEarly"));
    } else if (start.isAfter(today)) {
      violations.add(new Violation("startDate", prefix + ".startDate.inFuture"));
    }
    if (end != null && start != null && end.isBefore(start)) {
      violations.add(new Violation("endDate", prefix + ".endDate.beforeStart"));
    }
  }

  /**
   * Adds a violation when a present text is longer than allowed: {@code <prefix>.<field>.tooLong}.
   */
  public static void length(
      String prefix, String field, String text, int max, List<Violation> violations) {
    if (text != null && text.length() > max) {
      violations.add(new Violation(field, prefix + "." + field + ".tooLong"));
    }
  }
}
