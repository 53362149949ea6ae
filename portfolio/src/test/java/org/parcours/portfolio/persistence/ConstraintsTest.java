package org.parcours.portfolio.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

  @Test
  void findsPostgresqlsUniqueViolationUnderTheProvidersWrapping() {
    SQLException pg =
        new SQLException(
            "ERROR: duplicate key value violates unique constraint \"credential_once\"", "23505");

    assertThat(
            Constraints.violated(
                new PersistenceException(new RuntimeException("flush", pg)), "credential_once"))
        .isTrue();
  }

  @Test
  void findsH2sUniqueViolationByTheIndexItMadeForTheConstraint() {
    SQLException h2 =
        new SQLException(
            "Unique index or primary key violation: \"PUBLIC.CREDENTIAL_ONCE_INDEX_5 ON"
                + " PUBLIC.CREDENTIAL(WORKER_ID, ORIGINAL_SHA256)\"",
            "23505");

    assertThat(Constraints.violated(new PersistenceException(h2), "credential_once")).isTrue();
  }

  @Test
  void anotherConstraintOrAnotherErrorIsNotTakenForIt() {
    SQLException otherUnique =
        new SQLException(
            "duplicate key value violates unique constraint \"credential_pkey\"", "23505");
    SQLException foreignKey =
        new SQLException("violates foreign key constraint \"credential_once_fk\"", "23503");

    assertThat(Constraints.violated(new PersistenceException(otherUnique), "credential_once"))
        .isFalse();
    assertThat(Constraints.violated(new PersistenceException(foreignKey), "credential_once"))
        .isFalse();
    assertThat(Constraints.violated(new PersistenceException("no cause"), "credential_once"))
        .isFalse();
  }
}
