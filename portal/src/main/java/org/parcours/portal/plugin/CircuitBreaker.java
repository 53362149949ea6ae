package org.parcours.portal.plugin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Takes a plugin out for a while after repeated failures, then lets it back by itself.
 *
 * <ul>
 *   <li><b>closed</b>: calls pass; {@code threshold} failures in a row open it.
 *   <li><b>open</b>: calls are refused until the cooldown has passed.
 *   <li><b>half-open</b>: after the cooldown one trial call passes, the others are refused; its
 *       success closes the breaker, its failure opens it for another cooldown.
 * </ul>
 *
 * A single failure is only that call's failure: the caller is told, the plugin keeps serving.
 */
final class CircuitBreaker {

  /** Where the breaker stands. */
  enum Phase {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  /**
   * Why a call may not pass now.
   *
   * @param reason the last failures, for people
   * @param until when a trial call will be let through; {@code null} while a trial runs
   */
  record Refusal(String reason, Instant until) {}

  private final Clock clock;
  private final int threshold;
  private final Duration cooldown;

  private Phase phase = Phase.CLOSED;
  private int failures;
  private Instant openUntil;
  private String reason;
  private boolean trialRunning;

  CircuitBreaker(Clock clock, int threshold, Duration cooldown) {
    this.clock = clock;
    this.threshold = threshold;
    this.cooldown = cooldown;
  }

  /**
   * Asks to make a call; when granted, the caller must report {@link #succeeded()} or {@link
   * #failed(String)}.
   *
   * @return empty when the call may go ahead, else why not
   */
  synchronized Optional<Refusal> tryAcquire() {
    switch (phase()) {
      case CLOSED -> {
        return Optional.empty();
      }
      case OPEN -> {
        return Optional.of(new Refusal(reason, openUntil));
      }
      default -> {
        if (trialRunning) {
          return Optional.of(new Refusal(reason, null));
        }
        trialRunning = true;
        return Optional.empty();
      }
    }
  }

  /** The call answered (an expected refusal is an answer too). */
  synchronized void succeeded() {
    phase = Phase.CLOSED;
    failures = 0;
    reason = null;
    openUntil = null;
    trialRunning = false;
  }

  /** The call ended without telling anything about the plugin (the caller gave up). */
  synchronized void abandoned() {
    trialRunning = false;
  }

  /**
   * The call failed: too slow, or an unexpected exception.
   *
   * @param why what happened, for people
   */
  synchronized void failed(String why) {
    Phase now = phase();
    failures++;
    trialRunning = false;
    if (now == Phase.HALF_OPEN) {
      open("the trial call after a pause failed too: " + why);
    } else if (now == Phase.CLOSED && failures >= threshold) {
      open(failures + " calls in a row failed, the last one: " + why);
    }
  }

  /**
   * Where the breaker stands now: an open breaker whose cooldown has passed is half-open.
   *
   * @return the phase
   */
  synchronized Phase phase() {
    if (phase == Phase.OPEN && !clock.instant().isBefore(openUntil)) {
      phase = Phase.HALF_OPEN;
    }
    return phase;
  }

  /**
   * Why the breaker is not closed.
   *
   * @return the reason, {@code null} when closed
   */
  synchronized String reason() {
    return phase == Phase.CLOSED ? null : reason;
  }

  /**
   * When an open breaker lets a trial call through.
   *
   * @return the end of the cooldown, {@code null} unless open
   */
  synchronized Instant openUntil() {
    return phase() == Phase.OPEN ? openUntil : null;
  }

  private void open(String why) {
    phase = Phase.OPEN;
    openUntil = clock.instant().plus(cooldown);
    reason = why;
  }
}
