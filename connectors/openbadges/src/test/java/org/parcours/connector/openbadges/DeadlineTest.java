package org.parcours.connector.openbadges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parcours.connector.openbadges.VerificationTest.outcome;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Verdict;
import org.parcours.plugin.testkit.TestingPluginContext;

/**
 * One deadline per verification, shared by all its fetches: a server that does not answer makes the
 * checks left "unknown" with {@code fetch.deadline}, within the connector's time and without an
 * exception, so that the host never has to cut the call (and mark the plugin failed).
 */
class DeadlineTest {

  private static final String REVOKED =
      "openbadges3/validator-fixtures/ob30/bit-string-list/credential-status-revoked.json";
  private static final String VECTOR =
      "openbadges3/test-vector-eddsa-rdfc-2022/credential-signed.json";
  private static final URI LIST =
      URI.create(
          "https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist");

  /** The learner the revoked fixture names. */
  private static final Recipient LEARNER =
      new Recipient(
          Set.of(),
          Set.of(
              "did:web:dc.1edtech.org:wellspring2022:wellspring-portal:learner:6896f98f-6b42-4c75-98ec-8befd0dc0b29"));

  /** Answers of the slow server are held until the test ends (or the fetch is abandoned). */
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseTheSlowServer() {
    release.countDown();
  }

  private Connector connector(TestingPluginContext served, long deadlineMillis, URI... slow) {
    served.set(OpenBadgesConnectorFactory.DEADLINE, Long.toString(deadlineMillis));
    for (URI uri : slow) {
      served.hold(uri, release);
    }
    return new OpenBadgesPlugin().connectors().get(0).create(served);
  }

  @Test
  void aStatusListThatDoesNotAnswerInTimeIsUnknownNotRevoked() {
    TestingPluginContext served = Fixtures.context();
    Connector connector = connector(served, 2_000, LIST);
    long start = System.nanoTime();
    VerificationReport report = connector.verify(Fixtures.input(REVOKED), LEARNER);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("PASSED signature.valid");
    assertThat(outcome(report, Aspect.STATUS)).isEqualTo("UNKNOWN fetch.deadline");
    assertThat(report.check(Aspect.STATUS).orElseThrow().detail())
        .contains("raw.githubusercontent.com did not answer in time");
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
    // sanity only: far from the slow server's 60 s, under the host's 10 s call limit
    assertThat(millis).isLessThan(9_000);
  }

  @Test
  void withoutASlowServerTheSameCredentialIsRevoked() {
    Connector connector = connector(Fixtures.context(), 2_000);
    VerificationReport report = connector.verify(Fixtures.input(REVOKED), LEARNER);
    assertThat(outcome(report, Aspect.STATUS)).isEqualTo("FAILED status.revoked");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void theDeadlineIsSharedSoALaterFetchIsNotEvenStarted() {
    TestingPluginContext served = Fixtures.context();
    Connector connector =
        connector(served, 1_000, URI.create("https://1edtech.edu/issuers/565049"));
    VerificationReport report = connector.verify(Fixtures.input(REVOKED), LEARNER);

    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("UNKNOWN fetch.deadline");
    assertThat(outcome(report, Aspect.ISSUER)).isEqualTo("UNKNOWN issuer.unverified");
    assertThat(outcome(report, Aspect.STATUS)).isEqualTo("UNKNOWN fetch.deadline");
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
    // the key took the whole deadline: the status list was not asked for
    assertThat(served.fetched()).doesNotContain(LIST);
  }

  @Test
  void eachVerificationHasItsOwnDeadline() {
    TestingPluginContext served = Fixtures.context();
    Connector connector =
        connector(served, 1_000, URI.create("https://example.edu/issuers/565049"));
    VerificationReport late = connector.verify(Fixtures.input(VECTOR), Fixtures.subject());
    assertThat(outcome(late, Aspect.SIGNATURE)).isEqualTo("UNKNOWN fetch.deadline");
    assertThat(late.verdict()).isEqualTo(Verdict.UNKNOWN);

    // the next verification starts with a full deadline and its servers answer
    release.countDown();
    VerificationReport next = connector.verify(Fixtures.input(VECTOR), Fixtures.subject());
    assertThat(next.verdict()).as(next.toString()).isEqualTo(Verdict.VERIFIED);
  }

  @Test
  void anOpenBadges2KeyThatDoesNotAnswerInTimeIsUnknown() {
    Connector connector =
        connector(Fixtures.context(), 1_000, URI.create("http://example.org/key1.json"));
    VerificationReport report =
        connector.verify(
            Fixtures.input("openbadges3/validator-fixtures/ob20/simple.jwt"),
            new Recipient(Set.of("nobody@example.org"), Set.of()));
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("UNKNOWN fetch.deadline");
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void aDeadlineThatIsNotAPositiveNumberIsRefusedAtStart() {
    TestingPluginContext context = Fixtures.context().set(OpenBadgesConnectorFactory.DEADLINE, "0");
    assertThatThrownBy(() -> Fixtures.connector(context))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(OpenBadgesConnectorFactory.DEADLINE);
  }
}
