package org.parcours.portfolio.shared;

/** A use case refused a request for a reason the caller can act on. */
public class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public DomainException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
