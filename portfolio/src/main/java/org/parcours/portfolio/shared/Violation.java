package org.parcours.portfolio.shared;

import java.util.Objects;

/**
 * One broken rule of an input.
 *
 * @param field the input field at fault, as named in the API
 * @param rule a stable key such as {@code experience.title.required}; pages and API turn it into a
 *     sentence in the reader's language
 */
public record Violation(String field, String rule) {
  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
  }
}
