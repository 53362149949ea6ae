package org.parcours.portal.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.parcours.portal.credential.CredentialImport;
import org.parcours.portfolio.credential.Credential;
import org.parcours.portfolio.inbox.InboxItem;
import org.parcours.portfolio.inbox.InboxService;
import org.parcours.portfolio.worker.WorkerId;

/**
 * Accepting an item: the certificate goes through the same reading and verification as one the
 * worker imports, and the item is marked accepted in the same transaction, so an item is never
 * accepted without its credential nor kept twice.
 */
@ApplicationScoped
public class InboxAcceptance {

  @Inject InboxService inbox;
  @Inject CredentialImport credentials;
  @Inject Attestations attestations;

  @Transactional
  public Credential accept(WorkerId owner, Set<String> emails, UUID itemId, Locale locale) {
    InboxItem item = inbox.pending(owner, itemId);
    byte[] content =
        item.kind() == InboxItem.Kind.ATTESTATION
            ? attestations.sign(item.content(), inbox.partnerName(item.partnerId()), emails)
            : item.content();
    String mediaType =
        item.kind() == InboxItem.Kind.ATTESTATION ? "application/json" : item.mediaType();
    Credential kept = credentials.fromBytes(owner, emails, content, mediaType, null, locale);
    inbox.accepted(owner, itemId);
    return kept;
  }
}
