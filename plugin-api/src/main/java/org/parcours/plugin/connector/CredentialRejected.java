package org.parcours.plugin.connector;

import java.util.Objects;

/**
 * The input is not a credential the connector can read. The message says why in words a person can
 * act on; the code lets the portal show its own translation.
 */
public final class CredentialRejected extends Exception {

  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates the exception.
   *
   * @param code stable identifier of the reason, such as {@code json.duplicate-key}
   * @param message the reason, for the person who gave the input
   */
  public CredentialRejected(String code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * Creates the exception with its cause.
   *
   * @param code stable identifier of the reason
   * @param message the reason, for the person who gave the input
   * @param cause the underlying failure
   */
  public CredentialRejected(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * The stable identifier of the reason.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
