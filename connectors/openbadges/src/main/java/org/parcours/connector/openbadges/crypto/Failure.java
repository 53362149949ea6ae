package org.parcours.connector.openbadges.crypto;

import java.util.Objects;

/** A step of verification or signing that could not be done, with a reason code and words. */
public final class Failure extends Exception {

  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates the failure.
   *
   * @param code stable reason code, such as {@code context.unknown}
   * @param message the reason in English
   */
  public Failure(String code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * Creates the failure with a cause.
   *
   * @param code stable reason code
   * @param message the reason in English
   * @param cause the underlying error
   */
  public Failure(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * The reason code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
