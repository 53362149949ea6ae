package org.parcours.portfolio.entry;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies any portfolio entry. Random, so that ids reveal nothing about other portfolios. */
public record EntryId(UUID value) {
  public EntryId {
    Objects.requireNonNull(value, "value");
  }

  /** Reads an id from text; an ill-formed one names nothing, like an unknown one. */
  public static Optional<EntryId> parse(String text) {
    if (text == null || text.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(new EntryId(UUID.fromString(text)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
