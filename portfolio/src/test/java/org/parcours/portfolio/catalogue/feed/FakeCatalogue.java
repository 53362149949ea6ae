package org.parcours.portfolio.catalogue.feed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.catalogue.PartnerOrganisation;
import org.parcours.portfolio.catalogue.PartnerStatus;
import org.parcours.portfolio.shared.DomainException;
import org.parcours.portfolio.shared.ErrorCode;

/**
 * The catalogue as feeds use it, written by hand: organisations through the real service, offers
 * kept as given (with their organisation's name), each change appended to an outbox.
 */
final class FakeCatalogue extends CatalogueService {

  final Map<UUID, Offer> offers = new LinkedHashMap<>();
  final List<UUID> outbox = new ArrayList<>();

  FakeCatalogue(Clock clock) {
    super(new InMemoryCatalogue(), clock);
  }

  @Override
  public void publishFor(UUID partnerId, Offer offer) {
    PartnerOrganisation organisation = organisation(partnerId).orElseThrow();
    if (organisation.status() != PartnerStatus.VETTED) {
      throw new DomainException(ErrorCode.NOT_PERMITTED, "not vetted");
    }
    offers.put(
        offer.id(), offer.publishedBy(organisation.id(), organisation.name(), offer.updatedAt()));
    outbox.add(offer.id());
  }

  @Override
  public void remove(UUID offerId) {
    if (offers.remove(offerId) != null) {
      outbox.add(offerId);
    }
  }
}
