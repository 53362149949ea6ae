package org.parcours.portfolio.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * Pushes from vetted partners, and the worker's inbox. A push must reach a worker at once: one for
 * an address or alias that leads to nobody, or to a worker who blocked the sender, is refused with
 * the same reason in both cases, and nothing of it is kept.
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
    return receiveAll(sender(callerSubject), List.of(push), false).getFirst();
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
    return receiveAll(sender(callerSubject), pushes, true);
  }

  // Every push is looked at before the batch is answered: the refusal names each unreachable
  // recipient at once, and throwing rolls back what the batch had stored.
  private List<Receipt> receiveAll(PartnerOrganisation sender, List<Push> pushes, boolean bulk) {
    Map<String, Optional<Worker>> recipients = new HashMap<>();
    List<Receipt> receipts = new ArrayList<>();
    List<Violation> unreachable = new ArrayList<>();
    for (int i = 0; i < pushes.size(); i++) {
      Push push = pushes.get(i);
      String field = bulk ? "items[" + i + "]." : "";
      Optional<InboxItem> earlier = store.item(sender.id(), push.idempotencyKey());
      if (earlier.isPresent()) {
        if (!earlier.get().sameAs(push)) {
          throw new InvalidInputException(
              ErrorCode.CONFLICT,
              List.of(new Violation(field + "idempotencyKey", "push.idempotencyKey.reused")));
        }
        receipts.add(new Receipt(earlier.get(), true));
        continue;
      }
      String recipient = Push.recipientKey(push);
      Optional<Worker> worker =
          recipients.computeIfAbsent(recipient, key -> reachable(key, sender.id()));
      if (worker.isEmpty()) {
        unreachable.add(new Violation(field + "recipient", "push.recipient.unreachable"));
        continue;
      }
      InboxItem item = new InboxItem(sender.id(), push, recipient, worker.get(), now());
      store.add(item);
      receipts.add(new Receipt(item, false));
    }
    if (!unreachable.isEmpty()) {
      throw new InvalidInputException(unreachable);
    }
    return receipts;
  }

  // The worker an alias or address leads to, unless they blocked the sender.
  private Optional<Worker> reachable(String recipient, UUID senderId) {
    Optional<WorkerId> owner =
        recipient.startsWith("alias:")
            ? store.alias(recipient.substring("alias:".length())).map(WorkerAlias::worker)
            : store.address(recipient).map(WorkerAddress::worker);
    return owner.filter(w -> !store.blocked(w, senderId)).flatMap(workers::findById);
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

  /** The worker's inbox, pending first. */
  public List<InboxItem> inbox(WorkerId owner) {
    return store.ofWorker(owner);
  }

  /**
   * The worker signed in with these verified addresses: pushes to them reach the worker from now
   * on, and pushes to an address the provider no longer gives them are refused. An address another
   * worker held moves to this one.
   */
  public void signedInWith(WorkerId owner, Set<String> verifiedEmails) {
    Set<String> keys = new HashSet<>();
    verifiedEmails.forEach(email -> keys.add(Push.emailKey(email)));
    store.addressesOf(owner).stream().filter(a -> !keys.contains(a.key())).forEach(store::remove);
    for (String key : keys) {
      Optional<WorkerAddress> known = store.address(key);
      if (known.isEmpty()) {
        store.add(new WorkerAddress(key, owner, now()));
      } else if (!known.get().worker().equals(owner)) {
        known.get().heldBy(owner, now());
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

  /** Pushes from this partner reach the worker again (those refused meanwhile are not kept). */
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
