package org.parcours.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parcours.portfolio.inbox.InboxService;
import org.parcours.portfolio.worker.WorkerId;

/**
 * Tells the inbox which verified addresses a worker signs in with, so that partners' pushes by
 * address reach them. Each worker's addresses are written once per server run, not on every
 * request: the same worker with the same addresses is remembered here.
 */
@ApplicationScoped
public class SeenAddresses {

  // Bounded so that a server up for months does not keep every worker it ever saw; forgetting only
  // costs one more write when that worker comes back.
  private static final int REMEMBERED_MAX = 100_000;

  @Inject InboxService inbox;

  private final Set<String> remembered = ConcurrentHashMap.newKeySet();

  void seen(WorkerId worker, Set<String> verifiedEmails) {
    String key = worker.value() + " " + String.join(" ", verifiedEmails);
    if (remembered.contains(key)) {
      return;
    }
    inbox.signedInWith(worker, verifiedEmails);
    if (remembered.size() >= REMEMBERED_MAX) {
      remembered.clear();
    }
    remembered.add(key);
  }
}
