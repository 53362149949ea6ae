package org.parcours.connector.openbadges;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.parcours.connector.openbadges.crypto.Failure;
import org.parcours.connector.support.StrictJson;

/** Reads dates as credentials write them (RFC 3339 / xsd:dateTime, with or without offset). */
final class Dates {

  private Dates() {}

  static Instant parse(String text) throws Failure {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        try {
          return java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e3) {
          throw new Failure("dates.malformed", "'" + text + "' is not a date.");
        }
      }
    }
  }

  static Instant member(JsonObject object, String name) throws Failure {
    return parse(StrictJson.string(object, name));
  }

  static Instant quiet(JsonObject object, String name) {
    try {
      return member(object, name);
    } catch (Failure e) {
      return null;
    }
  }
}
