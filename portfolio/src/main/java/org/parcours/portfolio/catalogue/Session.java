package org.parcours.portfolio.catalogue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One run of an offer. The end is unknown for open-ended entries (LHÉO writes {@code 00000000}), so
 * it may be null.
 */
public record Session(LocalDate start, LocalDate end) {
  public Session {
    Objects.requireNonNull(start, "A session needs a start date.");
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException(
          "A session cannot end (" + end + ") before it starts (" + start + ").");
    }
  }
}
