package org.parcours.portfolio.experience;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies an experience. Random, so that ids reveal nothing about other portfolios. */
public record ExperienceId(UUID value) {
  public ExperienceId {
    Objects.requireNonNull(value, "value");
  }

  /** Reads an id from text; an ill-formed one names nothing, like an unknown one. */
  public static Optional<ExperienceId> parse(String text) {
    if (text == null || text.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ExperienceId(UUID.fromString(text)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
