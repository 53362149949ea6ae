package org.parcours.connector.openbadges.ld;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parcours.connector.openbadges.crypto.Failure;
import org.parcours.connector.openbadges.crypto.Limits;
import org.parcours.connector.support.StrictJson;

/**
 * Keeps the canonicalization budget from refusing legitimate credentials while the JVM is cold. The
 * first RDFC canonicalization in a JVM loads the JSON-LD and RDF classes and runs interpreted code;
 * measured on a loaded two-core machine it took longer than the whole 200 ms budget, and a valid
 * credential was refused with {@code canonicalization.timeout}.
 *
 * <p>Two measures: when the connector is created, a bundled sample is canonicalized (bounded,
 * failures only logged); and until one credential has been canonicalized within the budget, a
 * credential that runs out of it gets one more attempt with {@link #GRACE_BUDGET}. The grace is
 * given once per connector, so a poison graph can cost it at most that once.
 */
public final class ColdStart {

  /** The second attempt's budget; once per connector, still far below the host's call limit. */
  public static final Duration GRACE_BUDGET = Duration.ofSeconds(1);

  /** How long the warm-up may take in all, at connector creation. */
  static final Duration WARM_UP_BUDGET = Duration.ofSeconds(2);

  /** Rounds of the warm-up: enough for the hot paths to be compiled, cheap once warm. */
  private static final int WARM_UP_ROUNDS = 5;

  private static final String SAMPLE = "warm-up-credential.json";

  private final AtomicBoolean graceLeft = new AtomicBoolean(true);

  /**
   * A fresh deadline for a second attempt, if the grace is still there; takes it.
   *
   * @return the deadline of the second attempt, or empty once warm or once given
   */
  public Optional<Rdfc.Deadline> grace() {
    return graceLeft.getAndSet(false)
        ? Optional.of(Rdfc.Deadline.in(GRACE_BUDGET))
        : Optional.empty();
  }

  /** Records that a credential was canonicalized within the budget: the JVM is warm. */
  public void warm() {
    graceLeft.set(false);
  }

  /**
   * Canonicalizes the bundled sample (document and proof configuration) a few times, within {@link
   * #WARM_UP_BUDGET}. Never throws: a missing context only means that credentials using it will be
   * refused, which they will say.
   *
   * @param suites the hashing steps to warm
   * @param logger where to report a failed warm-up
   */
  public static void warmUp(Cryptosuites suites, System.Logger logger) {
    try (InputStream in = ColdStart.class.getResourceAsStream(SAMPLE)) {
      JsonObject sample = Limits.JSON.object(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      JsonObject unsecured = Cryptosuites.unsecured(sample);
      Cryptosuites.Hashed hashed =
          Cryptosuites.toVerify(Cryptosuites.RDFC, unsecured, sample.getJsonObject("proof"));
      Rdfc.Deadline deadline = Rdfc.Deadline.in(WARM_UP_BUDGET);
      for (int i = 0; i < WARM_UP_ROUNDS && !deadline.passed(); i++) {
        suites.hashData(
            Cryptosuites.RDFC, hashed.document(), hashed.proofConfiguration(), deadline);
      }
    } catch (IOException | StrictJson.BadJson | Failure | RuntimeException e) {
      logger.log(
          System.Logger.Level.WARNING,
          "JSON-LD warm-up failed; the first credentials may be slower to verify: " + e);
    }
  }
}
