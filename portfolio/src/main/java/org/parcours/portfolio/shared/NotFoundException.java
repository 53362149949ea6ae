package org.parcours.portfolio.shared;

/** Nothing by that id belongs to the caller. Deliberately silent on whether it exists at all. */
public final class NotFoundException extends DomainException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what) {
    super(ErrorCode.NOT_FOUND, "No " + what + " with this id in your portfolio");
  }
}
