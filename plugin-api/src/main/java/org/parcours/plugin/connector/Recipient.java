package org.parcours.plugin.connector;

import java.util.Set;

/**
 * The worker a credential is being attached to, as far as a connector may know them.
 *
 * @param emails the worker's verified email addresses
 * @param identifiers other identifiers of the worker (DIDs, profile URLs)
 */
public record Recipient(Set<String> emails, Set<String> identifiers) {

  /** Copies the sets. */
  public Recipient {
    emails = Set.copyOf(emails);
    identifiers = Set.copyOf(identifiers);
  }
}
