package org.parcours.portal.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;
import org.parcours.plugin.connector.VerificationReport.Outcome;
import org.parcours.plugin.connector.VerificationReport.Verdict;
import org.parcours.portal.plugin.PluginUnavailable;
import org.parcours.portal.testing.MutableClock;
import org.parcours.portfolio.credential.CredentialRepository.Due;
import org.parcours.portfolio.credential.CredentialService.Stored;

class ReverificationPassTest {

  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private static final VerificationReport VALID =
      new VerificationReport(
          List.of(
              new Check(Aspect.SIGNATURE, Outcome.PASSED, "proof", "signed"),
              new Check(Aspect.STATUS, Outcome.PASSED, "status.active", "not revoked")));
  private static final VerificationReport REVOKED =
      new VerificationReport(
          List.of(
              new Check(Aspect.SIGNATURE, Outcome.PASSED, "proof", "signed"),
              new Check(Aspect.STATUS, Outcome.FAILED, "status.revoked", "revoked by its issuer")));

  private final MutableClock clock = new MutableClock(NOW);
  private final FakeQueue queue = new FakeQueue();

  @Test
  void aLaterRevocationFlipsAKeptCredentialsVerdict() {
    UUID kept = queue.add("openbadges/openbadges", 3, VALID);
    AtomicBoolean revoked = new AtomicBoolean();
    ReverificationPass.Verifier statusList = (input, recipient) -> revoked.get() ? REVOKED : VALID;

    assertThat(pass(Map.of("openbadges/openbadges", statusList)).changed()).isZero();
    assertThat(queue.verdict(kept)).isEqualTo(Verdict.VERIFIED);

    revoked.set(true);
    clock.advance(Duration.ofDays(2));
    CredentialReverifier.Pass pass = pass(Map.of("openbadges/openbadges", statusList));

    assertThat(pass.checked()).isEqualTo(1);
    assertThat(pass.changed()).isEqualTo(1);
    assertThat(queue.verdict(kept)).isEqualTo(Verdict.FAILED);
  }

  @Test
  void onePassGoesThroughEveryBatchOfTheQueue() {
    for (int i = 0; i < 450; i++) {
      queue.add("a/a", 2, VALID);
    }

    CredentialReverifier.Pass pass = pass(Map.of("a/a", (input, recipient) -> VALID));

    assertThat(pass.checked()).isEqualTo(450);
    assertThat(pass.complete()).isTrue();
    assertThat(queue.batches).isEqualTo(4); // 200, 200, 50, then an empty one
  }

  @Test
  void credentialsOfAnInactiveConnectorDoNotHoldTheOthersBack() {
    for (int i = 0; i < 250; i++) {
      queue.add("gone/gone", 5, VALID); // the oldest: the single batch of old took only these
    }
    UUID active = queue.add("a/a", 2, VALID);

    CredentialReverifier.Pass pass = pass(Map.of("a/a", (input, recipient) -> REVOKED));

    assertThat(pass.checked()).isEqualTo(1);
    assertThat(queue.verdict(active)).isEqualTo(Verdict.FAILED);
  }

  @Test
  void credentialsWhosePluginCannotAnswerStayDueWithoutHoldingTheOthersBack() {
    for (int i = 0; i < 250; i++) {
      queue.add("slow/slow", 5, VALID);
    }
    for (int i = 0; i < 10; i++) {
      queue.add("paused/paused", 4, VALID);
    }
    UUID fine = queue.add("a/a", 3, VALID);
    AtomicInteger pausedCalls = new AtomicInteger();

    CredentialReverifier.Pass pass =
        pass(
            Map.of(
                "slow/slow",
                (input, recipient) -> {
                  throw unavailable("slow", PluginUnavailable.Kind.TIMED_OUT);
                },
                "paused/paused",
                (input, recipient) -> {
                  pausedCalls.incrementAndGet();
                  throw unavailable("paused", PluginUnavailable.Kind.PAUSED);
                },
                "a/a",
                (input, recipient) -> REVOKED));

    assertThat(queue.verdict(fine)).isEqualTo(Verdict.FAILED);
    assertThat(pass.checked()).isEqualTo(1);
    assertThat(pass.skipped()).isEqualTo(260);
    assertThat(pausedCalls).as("a paused plugin is left alone for the pass").hasValue(1);
    assertThat(pass.complete()).isTrue();
  }

  @Test
  void aPassStopsWhenItsTimeBudgetIsSpentAndSaysSo() {
    for (int i = 0; i < 50; i++) {
      queue.add("a/a", 2, VALID);
    }
    queue.cutoff = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);

    CredentialReverifier.Pass pass =
        ReverificationPass.run(
            queue,
            Map.of(
                "a/a",
                (input, recipient) -> {
                  clock.advance(Duration.ofSeconds(1));
                  return VALID;
                }),
            clock,
            Duration.ofSeconds(10),
            200);

    assertThat(pass.checked()).isEqualTo(10);
    assertThat(pass.complete()).isFalse();
  }

  private CredentialReverifier.Pass pass(Map<String, ReverificationPass.Verifier> active) {
    queue.cutoff = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
    return ReverificationPass.run(queue, active, clock, Duration.ofMinutes(10), 200);
  }

  private static PluginUnavailable unavailable(String plugin, PluginUnavailable.Kind kind) {
    return new PluginUnavailable(plugin, kind, plugin + " cannot answer", null, null, null);
  }

  /** The credential table, queried as {@code JpaCredentialRepository.verifiedBefore} does. */
  private final class FakeQueue implements ReverificationPass.Queue {

    private final class Row {
      final UUID id = UUID.randomUUID();
      final String connector;
      OffsetDateTime verifiedAt;
      VerificationReport report;

      Row(String connector, OffsetDateTime verifiedAt, VerificationReport report) {
        this.connector = connector;
        this.verifiedAt = verifiedAt;
        this.report = report;
      }
    }

    private final List<Row> rows = new ArrayList<>();
    private OffsetDateTime cutoff;
    private int batches;

    UUID add(String connector, int daysAgo, VerificationReport report) {
      OffsetDateTime at =
          OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
              .minusDays(daysAgo)
              .plusNanos(rows.size() * 1000L);
      Row row = new Row(connector, at, report);
      rows.add(row);
      return row.id;
    }

    Verdict verdict(UUID id) {
      return row(id).report.verdict();
    }

    @Override
    public List<Due> due(OffsetDateTime after, Set<String> connectors, int limit) {
      batches++;
      return rows.stream()
          .filter(r -> r.verifiedAt.isBefore(cutoff))
          .filter(r -> after == null || r.verifiedAt.isAfter(after))
          .filter(r -> connectors.contains(r.connector))
          .sorted(Comparator.comparing((Row r) -> r.verifiedAt).thenComparing(r -> r.id))
          .limit(limit)
          .map(r -> new Due(r.id, r.verifiedAt))
          .toList();
    }

    @Override
    public Optional<Stored> stored(UUID id) {
      Row row = row(id);
      return Optional.of(
          new Stored(id, row.connector, "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public boolean reverified(UUID id, VerificationReport report) {
      Row row = row(id);
      Verdict before = row.report.verdict();
      row.report = report;
      row.verifiedAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
      return report.verdict() != before;
    }

    private Row row(UUID id) {
      return rows.stream().filter(r -> r.id.equals(id)).findFirst().orElseThrow();
    }
  }
}
