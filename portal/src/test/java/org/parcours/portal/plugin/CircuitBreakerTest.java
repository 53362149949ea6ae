package org.parcours.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parcours.portal.plugin.CircuitBreaker.Phase;
import org.parcours.portal.testing.MutableClock;

class CircuitBreakerTest {

  private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
  private final MutableClock clock = new MutableClock(START);
  private final CircuitBreaker breaker = new CircuitBreaker(clock, 3, Duration.ofMinutes(1));

  @Test
  void fewerFailuresThanTheThresholdLeaveThePluginServing() {
    breaker.failed("slow host");
    breaker.failed("slow host");

    assertThat(breaker.phase()).isEqualTo(Phase.CLOSED);
    assertThat(breaker.tryAcquire()).isEmpty();
    assertThat(breaker.reason()).isNull();
  }

  @Test
  void anAnswerBetweenFailuresStartsTheCountAgain() {
    breaker.failed("slow host");
    breaker.failed("slow host");
    breaker.succeeded();
    breaker.failed("slow host");
    breaker.failed("slow host");

    assertThat(breaker.phase()).isEqualTo(Phase.CLOSED);
  }

  @Test
  void failuresInARowPauseCallsUntilTheCooldownEnds() {
    for (int i = 0; i < 3; i++) {
      breaker.failed("did not answer within 10000 ms");
    }

    assertThat(breaker.phase()).isEqualTo(Phase.OPEN);
    assertThat(breaker.reason()).contains("3 calls in a row failed").contains("10000 ms");
    assertThat(breaker.openUntil()).isEqualTo(START.plus(Duration.ofMinutes(1)));
    assertThat(breaker.tryAcquire())
        .hasValueSatisfying(r -> assertThat(r.until()).isEqualTo(START.plusSeconds(60)));

    clock.advance(Duration.ofSeconds(59));
    assertThat(breaker.tryAcquire()).isPresent();
  }

  @Test
  void afterTheCooldownOneTrialCallPassesAndItsAnswerClosesTheBreaker() {
    open();
    clock.advance(Duration.ofMinutes(1));

    assertThat(breaker.phase()).isEqualTo(Phase.HALF_OPEN);
    assertThat(breaker.tryAcquire()).as("the trial").isEmpty();
    assertThat(breaker.tryAcquire()).as("a second call while the trial runs").isPresent();

    breaker.succeeded();

    assertThat(breaker.phase()).isEqualTo(Phase.CLOSED);
    assertThat(breaker.reason()).isNull();
    assertThat(breaker.tryAcquire()).isEmpty();
    assertThat(breaker.tryAcquire()).isEmpty();
  }

  @Test
  void aFailedTrialPausesForAnotherCooldown() {
    open();
    clock.advance(Duration.ofMinutes(1));
    assertThat(breaker.tryAcquire()).isEmpty();

    breaker.failed("still down");

    assertThat(breaker.phase()).isEqualTo(Phase.OPEN);
    assertThat(breaker.reason()).contains("trial").contains("still down");
    assertThat(breaker.openUntil()).isEqualTo(START.plus(Duration.ofMinutes(2)));
  }

  @Test
  void anAbandonedTrialLetsTheNextCallBeTheTrial() {
    open();
    clock.advance(Duration.ofMinutes(1));
    assertThat(breaker.tryAcquire()).isEmpty();

    breaker.abandoned();

    assertThat(breaker.phase()).isEqualTo(Phase.HALF_OPEN);
    assertThat(breaker.tryAcquire()).isEmpty();
  }

  private void open() {
    for (int i = 0; i < 3; i++) {
      breaker.failed("boom");
    }
    assertThat(breaker.phase()).isEqualTo(Phase.OPEN);
  }
}
