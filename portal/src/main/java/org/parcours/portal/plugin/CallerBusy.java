package org.parcours.portal.plugin;

/** The caller already has as many plugin calls in flight as one caller may have. */
public final class CallerBusy extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int limit;

  CallerBusy(int limit) {
    super("Already " + limit + " calls in flight for this caller");
    this.limit = limit;
  }

  /**
   * How many calls one caller may have in flight.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }
}
