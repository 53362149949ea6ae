package org.parcours.portal.credential;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.portal.plugin.PluginUnavailable;
import org.parcours.portfolio.credential.CredentialRepository.Due;
import org.parcours.portfolio.credential.CredentialService.Stored;

/**
 * One background verification pass: batch after batch of due credentials, oldest first, until the
 * queue is done or the time budget is spent. The queue only holds credentials of active connectors,
 * and the pass walks it with a cursor, so credentials it cannot check now (their plugin busy, slow
 * or paused) stay due for the next pass without holding the others back.
 */
final class ReverificationPass {

  /** The due credentials, with the cut-off of the pass fixed. */
  interface Queue {
    List<Due> due(OffsetDateTime after, Set<String> connectors, int limit);

    Optional<Stored> stored(UUID id);

    /** Records the new report; {@code true} when the verdict changed. */
    boolean reverified(UUID id, VerificationReport report);
  }

  /** A connector's verification. */
  @FunctionalInterface
  interface Verifier {
    VerificationReport verify(CredentialInput input, Recipient recipient);
  }

  private ReverificationPass() {}

  static CredentialReverifier.Pass run(
      Queue queue, Map<String, Verifier> active, Clock clock, Duration budget, int batch) {
    Instant deadline = clock.instant().plus(budget);
    Map<String, Verifier> verifiers = new HashMap<>(active);
    OffsetDateTime cursor = null;
    int checked = 0;
    int changed = 0;
    int skipped = 0;
    while (!verifiers.isEmpty()) {
      List<Due> due = queue.due(cursor, Set.copyOf(verifiers.keySet()), batch);
      if (due.isEmpty()) {
        return new CredentialReverifier.Pass(checked, changed, skipped, true);
      }
      for (Due next : due) {
        if (!clock.instant().isBefore(deadline)) {
          return new CredentialReverifier.Pass(checked, changed, skipped, false);
        }
        cursor = next.verifiedAt();
        Stored stored = queue.stored(next.id()).orElse(null);
        Verifier verifier = stored == null ? null : verifiers.get(stored.connector());
        if (verifier == null) {
          skipped++; // deleted meanwhile, or its plugin stopped answering in this pass
          continue;
        }
        try {
          // Who the worker is was checked at import; the stored recipient check is kept.
          VerificationReport report =
              verifier.verify(
                  new CredentialInput(stored.original(), stored.mediaType(), null, null),
                  new Recipient(Set.of(), Set.of()));
          checked++;
          if (queue.reverified(next.id(), report)) {
            changed++;
          }
        } catch (PluginUnavailable e) {
          skipped++;
          if (e.kind() != PluginUnavailable.Kind.TIMED_OUT
              && e.kind() != PluginUnavailable.Kind.FAILED) {
            // Busy, paused or inactive: leave the plugin alone for the rest of this pass.
            verifiers.remove(stored.connector());
          }
        }
      }
    }
    return new CredentialReverifier.Pass(checked, changed, skipped, true);
  }
}
