package org.parcours.plugin.guidance;

/** The provider's source cannot be read now; the message says why. */
public final class GuidanceUnavailable extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why the source cannot be read
   * @param cause the underlying failure, or {@code null}
   */
  public GuidanceUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
