package org.parcours.connector.europass;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads dates as credentials write them (xsd:dateTime or xsd:date, with or without offset; a date
 * without offset is taken as UTC).
 */
final class Dates {

  private Dates() {}

  /**
   * Parses a date.
   *
   * @param text the date as written
   * @return the instant, or {@code null} when the text is not a date
   */
  static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
