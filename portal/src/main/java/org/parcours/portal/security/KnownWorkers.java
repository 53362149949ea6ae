package org.parcours.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.parcours.portfolio.erasure.WorkerErased;
import org.parcours.portfolio.worker.WorkerId;
import org.parcours.portfolio.worker.WorkerService;

/**
 * Which worker each token subject is, remembered for the server's run: the subject never changes
 * worker, so every request after the first skips the database lookup (a tenth of the server's work
 * on a small API call, measured). An erased worker is forgotten once the erasure commits, so their
 * next sign-in makes a new, empty worker.
 */
@ApplicationScoped
public class KnownWorkers {

  // Bounded so that a server up for months does not keep every worker it ever saw; forgetting only
  // costs one more lookup when that worker comes back.
  private static final int REMEMBERED_MAX = 100_000;

  @Inject WorkerService workers;

  private final Map<String, WorkerId> bySubject = new ConcurrentHashMap<>();
  private final AtomicLong erasures = new AtomicLong();

  WorkerId of(String subject) {
    WorkerId known = bySubject.get(subject);
    if (known != null) {
      return known;
    }
    long erasuresBefore = erasures.get();
    WorkerId id = workers.signedIn(subject).id();
    if (bySubject.size() >= REMEMBERED_MAX) {
      bySubject.clear();
    }
    bySubject.put(subject, id);
    // An erasure that committed during the lookup may have been of this very worker: then what was
    // read is gone, and must not be remembered.
    if (erasures.get() != erasuresBefore) {
      bySubject.remove(subject, id);
    }
    return id;
  }

  void erased(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkerErased event) {
    erasures.incrementAndGet();
    bySubject.values().remove(event.worker());
  }
}
