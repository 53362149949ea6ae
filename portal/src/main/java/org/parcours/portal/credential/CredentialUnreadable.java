package org.parcours.portal.credential;

/**
 * No connector reads the input, or the one that recognised it refused it. Carries the reason in the
 * reader's language.
 */
public final class CredentialUnreadable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final int status;

  /**
   * Creates the exception, answered with 422.
   *
   * @param code the stable reason code
   * @param reason the reason, in the reader's language
   */
  public CredentialUnreadable(String code, String reason) {
    this(code, reason, 422);
  }

  /**
   * Creates the exception with its HTTP status (the VC-API answers 400 to a bad credential).
   *
   * @param code the stable reason code
   * @param reason the reason, in the reader's language
   * @param status the HTTP status
   */
  public CredentialUnreadable(String code, String reason, int status) {
    super(reason);
    this.code = code;
    this.status = status;
  }

  /**
   * The HTTP status to answer with.
   *
   * @return 422, or 400 from the VC-API
   */
  public int status() {
    return status;
  }

  /**
   * The stable reason code, such as {@code credential.unrecognized} or a connector's own.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
