package org.parcours.portfolio.shared;

import java.util.List;

/** The input breaks one or more rules; nothing was stored. */
public final class InvalidInputException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    this(ErrorCode.INVALID_INPUT, violations);
  }

  /** An input refused for a reason with its own status, such as a file too large. */
  public InvalidInputException(ErrorCode code, List<Violation> violations) {
    super(code, "The input breaks " + violations.size() + " rule(s)");
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
