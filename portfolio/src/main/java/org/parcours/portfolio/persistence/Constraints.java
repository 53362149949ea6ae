package org.parcours.portfolio.persistence;

import java.sql.SQLException;
import java.util.Locale;

/** Reads which database constraint refused a write, on PostgreSQL and H2 alike. */
final class Constraints {

  /** SQL:2011's "integrity constraint violation: unique violation", used by both databases. */
  private static final String UNIQUE_VIOLATION = "23505";

  private Constraints() {}

  /**
   * Whether a failed write broke the named unique constraint.
   *
   * @param failure what the write threw
   * @param constraint the constraint's name in the migrations
   * @return {@code true} when a unique violation of that constraint is among the causes
   */
  static boolean violated(Throwable failure, String constraint) {
    String name = constraint.toLowerCase(Locale.ROOT);
    for (Throwable t = failure; t != null; t = t.getCause()) {
      // H2 names the index it made for the constraint (credential_once_index_5), PostgreSQL the
      // constraint itself: both messages hold the name.
      if (t instanceof SQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState())
          && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(name)) {
        return true;
      }
    }
    return false;
  }
}
