package org.parcours.portal.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand, so that time limits are tested without sleeping. */
public final class MutableClock extends Clock {

  private volatile Instant now;

  /**
   * @param start the instant the clock shows until moved
   */
  public MutableClock(Instant start) {
    this.now = start;
  }

  /**
   * Moves the clock on.
   *
   * @param by how far
   */
  public void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
