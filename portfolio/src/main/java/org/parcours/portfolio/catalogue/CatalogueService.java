package org.parcours.portfolio.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.parcours.portfolio.shared.DomainException;
import org.parcours.portfolio.shared.ErrorCode;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.shared.Violation;

/**
 * Partners register their organisation, administrators vet it, vetted partners publish offers,
 * administrators moderate them. Each change of what is public is written to the outbox in the same
 * transaction.
 */
@ApplicationScoped
public class CatalogueService {

  /** Offers of an import written to the database at a time, within its one transaction. */
  private static final int WRITTEN_TOGETHER = 500;

  private CatalogueRepository catalogue;
  private Clock clock;

  protected CatalogueService() {}

  @Inject
  public CatalogueService(CatalogueRepository catalogue, Clock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** Registers, or updates, the organisation of a partner account; a new one waits for vetting. */
  @Transactional
  public PartnerOrganisation register(String ownerSubject, PartnerDraft draft) {
    Optional<PartnerOrganisation> existing = catalogue.organisationOf(ownerSubject);
    if (existing.isPresent()) {
      existing.get().update(draft);
      return existing.get();
    }
    PartnerOrganisation organisation =
        new PartnerOrganisation(UUID.randomUUID(), ownerSubject, draft, now());
    catalogue.add(organisation);
    return organisation;
  }

  @Transactional
  public Optional<PartnerOrganisation> organisationOf(String ownerSubject) {
    return catalogue.organisationOf(ownerSubject);
  }

  @Transactional
  public Optional<PartnerOrganisation> organisation(UUID id) {
    return catalogue.organisation(id);
  }

  @Transactional
  public List<PartnerOrganisation> organisations(PartnerStatus status) {
    return catalogue.organisations(status);
  }

  /** An administrator's decision; suspending needs a reason the partner will read. */
  @Transactional
  public PartnerOrganisation review(UUID partnerId, PartnerStatus status, String reason) {
    PartnerOrganisation organisation =
        catalogue.organisation(partnerId).orElseThrow(() -> new NotFoundException("partner"));
    if (status == PartnerStatus.SUSPENDED && (reason == null || reason.isBlank())) {
      throw new InvalidInputException(
          List.of(new Violation("reason", "moderation.reason.required")));
    }
    organisation.review(status, reason == null ? null : reason.strip(), now());
    catalogue.offerIdsOf(partnerId).forEach(catalogue::changed);
    return organisation;
  }

  @Transactional
  public List<CatalogueOffer> offersOf(String ownerSubject) {
    return catalogue
        .organisationOf(ownerSubject)
        .map(o -> catalogue.offersOf(o.id()))
        .orElse(List.of());
  }

  /**
   * Publishes a new offer of the partner's organisation, or replaces one of its own.
   *
   * @param offer what the partner wrote; its id names the offer, its partner fields are ignored
   */
  @Transactional
  public CatalogueOffer publish(String ownerSubject, Offer offer) {
    return store(vetted(ownerSubject), offer);
  }

  /**
   * Publishes a new offer of a vetted organisation, or replaces one of its own, on behalf of a
   * source an administrator bound to the organisation (a guidance provider): the same rules and the
   * same outbox as {@link #publish}.
   *
   * @param offer the validated offer; its id names the offer, its partner fields are ignored
   */
  @Transactional
  public void publishFor(UUID partnerId, Offer offer) {
    PartnerOrganisation organisation =
        catalogue.organisation(partnerId).orElseThrow(() -> new NotFoundException("partner"));
    store(requireVetted(organisation), offer);
  }

  /**
   * Takes an offer out of the catalogue, as a partner withdrawing it does; nothing when already
   * gone.
   */
  @Transactional
  public void remove(UUID offerId) {
    catalogue
        .offer(offerId)
        .ifPresent(offer -> {
          catalogue.remove(offer);
          catalogue.changed(offerId);
        });
  }

  private CatalogueOffer store(PartnerOrganisation organisation, Offer offer) {
    Offer owned = offer.publishedBy(organisation.id(), organisation.name(), clock.instant());
    Optional<CatalogueOffer> existing = catalogue.offer(offer.id());
    CatalogueOffer stored;
    if (existing.isPresent()) {
      if (!existing.get().partnerId().equals(organisation.id())) {
        throw new NotFoundException("offer");
      }
      existing.get().replace(owned);
      stored = existing.get();
    } else {
      stored = new CatalogueOffer(owned);
      catalogue.add(stored);
    }
    catalogue.changed(stored.id());
    return stored;
  }

  /** Publishes many offers in one transaction (an import): all or nothing. */
  @Transactional
  public int publishAll(String ownerSubject, List<Offer> offers) {
    return publishAll(ownerSubject, offers, done -> {});
  }

  /**
   * Publishes many offers in one transaction, telling how many are done as it goes: they are all
   * visible at the commit, or none are.
   *
   * @param progress given the number of offers published so far, after each one
   */
  @Transactional
  public int publishAll(String ownerSubject, List<Offer> offers, IntConsumer progress) {
    PartnerOrganisation organisation = vetted(ownerSubject);
    int done = 0;
    for (Offer offer : offers) {
      store(organisation, offer);
      progress.accept(++done);
      // Every outbox insert makes the provider compare all it holds: holding the whole import
      // made 20,000 rows take minutes, past the transaction's time limit on a busy server.
      if (done % WRITTEN_TOGETHER == 0) {
        catalogue.writeAndForget();
      }
    }
    return done;
  }

  @Transactional
  public CatalogueOffer offerOf(String ownerSubject, UUID id) {
    PartnerOrganisation organisation =
        catalogue.organisationOf(ownerSubject).orElseThrow(() -> new NotFoundException("offer"));
    return catalogue
        .offer(id)
        .filter(o -> o.partnerId().equals(organisation.id()))
        .orElseThrow(() -> new NotFoundException("offer"));
  }

  @Transactional
  public void withdraw(String ownerSubject, UUID id) {
    CatalogueOffer offer = offerOf(ownerSubject, id);
    catalogue.remove(offer);
    catalogue.changed(id);
  }

  /** An administrator publishes or suspends an offer; suspending needs a reason. */
  @Transactional
  public CatalogueOffer moderate(UUID id, OfferStatus status, String reason) {
    CatalogueOffer offer = catalogue.offer(id).orElseThrow(() -> new NotFoundException("offer"));
    if (status == OfferStatus.SUSPENDED && (reason == null || reason.isBlank())) {
      throw new InvalidInputException(
          List.of(new Violation("reason", "moderation.reason.required")));
    }
    offer.moderate(status, reason == null ? null : reason.strip());
    catalogue.changed(id);
    return offer;
  }

  /** An offer anyone may read: published, by a vetted partner. */
  @Transactional
  public Optional<Offer> publicOffer(UUID id) {
    return publicOffers(List.of(id)).stream().findFirst();
  }

  @Transactional
  public List<CatalogueRepository.Change> changes(int limit) {
    return catalogue.changes(limit);
  }

  @Transactional
  public List<Offer> publicOffers(List<UUID> ids) {
    List<CatalogueOffer> published = catalogue.published(ids);
    if (published.isEmpty()) {
      return List.of();
    }
    Set<UUID> vetted = catalogue.vettedPartners();
    return published.stream()
        .filter(o -> vetted.contains(o.partnerId()))
        .map(CatalogueOffer::offer)
        .toList();
  }

  /**
   * This database's identity, made at first call: the search index records it and is rebuilt when
   * it finds itself opened against another database.
   */
  @Transactional
  public String indexSource() {
    return catalogue
        .source()
        .orElseGet(() -> {
          String id = UUID.randomUUID().toString();
          catalogue.addSource(id);
          return id;
        });
  }

  @Transactional
  public void acknowledge(List<Long> ids) {
    catalogue.acknowledge(ids);
  }

  /**
   * One page of a walk over the public offers, for a rebuild.
   *
   * @param offers the public offers of the page (fewer than asked when some partners are not
   *     vetted)
   * @param next where the next page starts, or {@code null} when the walk is over
   */
  public record Page(List<Offer> offers, UUID next) {}

  /** The page of public offers after {@code after} (null: the first). */
  @Transactional
  public Page publicOffersAfter(UUID after, int limit) {
    List<CatalogueOffer> published = catalogue.publishedAfter(after, limit);
    Set<UUID> vetted = catalogue.vettedPartners();
    return new Page(
        published.stream()
            .filter(o -> vetted.contains(o.partnerId()))
            .map(CatalogueOffer::offer)
            .toList(),
        published.size() < limit ? null : published.get(published.size() - 1).id());
  }

  @Transactional
  public long countOffers() {
    return catalogue.countOffers();
  }

  /** For the demo catalogue only: an organisation vetted at once. */
  @Transactional
  public PartnerOrganisation registerVetted(String ownerSubject, PartnerDraft draft) {
    PartnerOrganisation organisation = register(ownerSubject, draft);
    organisation.review(PartnerStatus.VETTED, null, now());
    return organisation;
  }

  private PartnerOrganisation vetted(String ownerSubject) {
    return requireVetted(
        catalogue
            .organisationOf(ownerSubject)
            .orElseThrow(() ->
                new DomainException(
                    ErrorCode.NOT_PERMITTED,
                    "Register your organisation before publishing offers")));
  }

  private static PartnerOrganisation requireVetted(PartnerOrganisation organisation) {
    if (organisation.status() != PartnerStatus.VETTED) {
      throw new DomainException(
          ErrorCode.NOT_PERMITTED,
          "Your organisation is "
              + organisation.status().name().toLowerCase(java.util.Locale.ROOT)
              + ": an administrator must vet it before it publishes");
    }
    return organisation;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
