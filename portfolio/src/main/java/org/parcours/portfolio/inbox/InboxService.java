package org.parcours.portfolio.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.parcours.portfolio.catalogue.CatalogueRepository;
import org.parcours.portfolio.catalogue.PartnerOrganisation;
import org.parcours.portfolio.catalogue.PartnerStatus;
import org.parcours.portfolio.shared.DomainException;
import org.parcours.portfolio.shared.ErrorCode;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.worker.Worker;
import org.parcours.portfolio.worker.WorkerId;
import org.parcours.portfolio.worker.WorkerRepository;

/**
 * Pushes from vetted partners, and the worker's inbox. A partner learns nothing about who has an
 * account: a push to an unknown address or alias, or to a worker who blocked the partner, is
 * answered and listed exactly like any other pending item.
 */
@ApplicationScoped
@Transactional
public class InboxService {

  public static final int BULK_MAX = 1_000;
  public static final int PARTNER_LIST_MAX = 500;
  // Read aloud or typed without confusion (no 0/O, 1/I): "PRC-" and 8 of them, 40 bits.
  static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private InboxRepository store;
  private CatalogueRepository partners;
  private WorkerRepository workers;
  private Clock clock;

  protected InboxService() {}

  @Inject
  public InboxService(
      InboxRepository store, CatalogueRepository partners, WorkerRepository workers, Clock clock) {
    this.store = store;
    this.partners = partners;
    this.workers = workers;
    this.clock = clock;
  }

  /** What a push got: the item, and whether it had already been received under its key. */
  public record Receipt(InboxItem item, boolean duplicate) {}

  /** One push; a retry with the same key gives back the first receipt. */
  public Receipt push(String callerSubject, Push push) {
    push.check();
    return receive(sender(callerSubject), push);
  }

  /** Up to {@value #BULK_MAX} pushes, all or none: one bad push refuses the batch. */
  public List<Receipt> pushAll(String callerSubject, List<Push> pushes) {
    if (pushes == null || pushes.isEmpty() || pushes.size() > BULK_MAX) {
      throw refused("items", "push.bulk.size");
    }
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < pushes.size(); i++) {
      Push push = pushes.get(i);
      if (push == null) {
        violations.add(new Violation("items[" + i + "]", "push.kind"));
      } else {
        violations.addAll(push.violations("items[" + i + "]."));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    PartnerOrganisation sender = sender(callerSubject);
    return pushes.stream().map(p -> receive(sender, p)).toList();
  }

  private Receipt receive(PartnerOrganisation sender, Push push) {
    Optional<InboxItem> earlier = store.item(sender.id(), push.idempotencyKey());
    if (earlier.isPresent()) {
      if (!earlier.get().sameAs(push)) {
        throw new InvalidInputException(
            ErrorCode.CONFLICT,
            List.of(new Violation("idempotencyKey", "push.idempotencyKey.reused")));
      }
      return new Receipt(earlier.get(), true);
    }
    String recipient = Push.recipientKey(push);
    Worker worker = null;
    if (recipient.startsWith("alias:")) {
      worker =
          store
              .alias(recipient.substring("alias:".length()))
              .filter(a -> !store.blocked(a.worker(), sender.id()))
              .flatMap(a -> workers.findById(a.worker()))
              .orElse(null);
    }
    InboxItem item = new InboxItem(sender.id(), push, recipient, worker, now());
    store.add(item);
    return new Receipt(item, false);
  }

  /** What a partner pushed and where each stands. */
  public List<InboxItem> pushesOf(String callerSubject) {
    return store.ofPartner(sender(callerSubject).id(), PARTNER_LIST_MAX);
  }

  // The organisation behind a user token (its owner) or a client-credentials token (an API
  // client an administrator bound to it). Only a vetted one may push.
  private PartnerOrganisation sender(String subject) {
    PartnerOrganisation organisation =
        partners
            .organisationOf(subject)
            .or(() -> store.client(subject).flatMap(c -> partners.organisation(c.partnerId())))
            .orElseThrow(() ->
                new DomainException(
                    ErrorCode.NOT_PERMITTED,
                    "Register your organisation, or have an administrator bind this API client to"
                        + " it, before pushing certificates"));
    if (organisation.status() != PartnerStatus.VETTED) {
      throw new DomainException(
          ErrorCode.NOT_PERMITTED, "An administrator must vet your organisation before it pushes");
    }
    return organisation;
  }

  /** Binds an API client's token subject to an organisation (administrators). */
  public PartnerApiClient bindClient(UUID partnerId, String subject) {
    PartnerOrganisation organisation =
        partners.organisation(partnerId).orElseThrow(() -> new NotFoundException("partner"));
    if (subject == null || subject.isBlank() || subject.length() > 255) {
      throw refused("subject", "push.client.subject");
    }
    Optional<PartnerApiClient> existing = store.client(subject.strip());
    if (existing.isPresent()) {
      existing.get().bindTo(organisation.id());
      return existing.get();
    }
    PartnerApiClient client = new PartnerApiClient(subject.strip(), organisation.id(), now());
    store.add(client);
    return client;
  }

  // --- The worker's side

  /**
   * The worker's inbox, pending first. Items pushed to one of the worker's verified addresses
   * become theirs here, unless they blocked the sender.
   */
  public List<InboxItem> inbox(WorkerId owner, Set<String> verifiedEmails) {
    claim(owner, verifiedEmails);
    return store.ofWorker(owner);
  }

  /** Items pushed to one of the worker's verified addresses become theirs (unless blocked). */
  public void claim(WorkerId owner, Set<String> verifiedEmails) {
    List<String> keys = verifiedEmails.stream().map(Push::emailKey).toList();
    if (keys.isEmpty()) {
      return;
    }
    Worker me = workers.findById(owner).orElseThrow(() -> new NotFoundException("worker"));
    for (InboxItem item : store.unclaimed(keys)) {
      if (!store.blocked(owner, item.partnerId())) {
        item.deliverTo(me);
      }
    }
  }

  /** A pending item of the worker's, to accept: the caller imports it, then calls accepted. */
  public InboxItem pending(WorkerId owner, UUID id) {
    InboxItem item = store.ofWorker(owner, id).orElseThrow(() -> new NotFoundException("item"));
    if (item.status() != InboxItem.Status.PENDING) {
      throw new InvalidInputException(
          ErrorCode.CONFLICT, List.of(new Violation("status", "inbox.decided")));
    }
    return item;
  }

  public void accepted(WorkerId owner, UUID id) {
    pending(owner, id).decide(InboxItem.Status.ACCEPTED, now());
  }

  public void decline(WorkerId owner, UUID id) {
    pending(owner, id).decide(InboxItem.Status.DECLINED, now());
  }

  /** No more pushes from this partner reach the worker; its pending items are declined. */
  public void block(WorkerId owner, UUID partnerId) {
    if (partnerId == null || partners.organisation(partnerId).isEmpty()) {
      throw refused("partnerId", "inbox.partner.unknown");
    }
    if (!store.blocked(owner, partnerId)) {
      store.add(new BlockedSender(owner, partnerId, now()));
    }
    for (InboxItem item : store.ofWorker(owner)) {
      if (item.partnerId().equals(partnerId) && item.status() == InboxItem.Status.PENDING) {
        item.decide(InboxItem.Status.DECLINED, now());
      }
    }
  }

  /** Pushes from this partner reach the worker again (those made meanwhile stay undelivered). */
  public void unblock(WorkerId owner, UUID partnerId) {
    store.blockedBy(owner).stream()
        .filter(b -> b.partnerId().equals(partnerId))
        .forEach(store::remove);
  }

  public List<BlockedSender> blocked(WorkerId owner) {
    return store.blockedBy(owner);
  }

  /** The name a partner shows for its items, for the worker's inbox. */
  public String partnerName(UUID partnerId) {
    return partners.organisation(partnerId).map(PartnerOrganisation::name).orElse("—");
  }

  /** The worker's alias, made on first ask. */
  public WorkerAlias alias(WorkerId owner) {
    return store.aliasOf(owner).orElseGet(() -> newAlias(owner));
  }

  /** A new alias; the old one stops routing pushes at once. */
  public WorkerAlias renewAlias(WorkerId owner) {
    store.aliasOf(owner).ifPresent(store::remove);
    return newAlias(owner);
  }

  private WorkerAlias newAlias(WorkerId owner) {
    StringBuilder alias = new StringBuilder("PRC-");
    for (int i = 0; i < 8; i++) {
      alias.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    WorkerAlias made = new WorkerAlias(alias.toString(), owner, now());
    store.add(made);
    return made;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static InvalidInputException refused(String field, String rule) {
    return new InvalidInputException(List.of(new Violation(field, rule)));
  }
}
