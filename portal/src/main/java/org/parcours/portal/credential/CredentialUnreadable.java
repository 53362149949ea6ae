package org.parcours.portal.credential;

/**
 * No connector reads the input, or the one that recognised it refused it. Carries the reason in the
 * reader's language.
 */
public final class CredentialUnreadable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates the exception.
   *
   * @param code the stable reason code
   * @param reason the reason, in the reader's language
   */
  public CredentialUnreadable(String code, String reason) {
    super(reason);
    this.code = code;
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
