package org.parcours.portal.problem;

/**
 * An input refused with a reason already written for the person who sent it (the check that refused
 * it knows best what to say), shown as one violation of an {@code invalid-input} problem.
 */
public final class RefusedInput extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param field the field at fault
   * @param rule a stable key a program can test
   * @param reason what is wrong and how to fix it
   */
  public RefusedInput(String field, String rule, String reason) {
    super(reason);
    this.field = field;
    this.rule = rule;
  }

  String field() {
    return field;
  }

  String rule() {
    return rule;
  }
}
