package org.parcours.portfolio.worker;

import java.util.Objects;
import java.util.UUID;

/** Identifies a worker inside Parcours; never shown to other people. */
public record WorkerId(UUID value) {
  public WorkerId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
