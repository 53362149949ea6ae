package org.parcours.portfolio.catalogue.feed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.parcours.portfolio.catalogue.CatalogueOffer;
import org.parcours.portfolio.catalogue.CatalogueRepository;
import org.parcours.portfolio.catalogue.PartnerOrganisation;
import org.parcours.portfolio.catalogue.PartnerStatus;

/**
 * The organisations in memory; offers are kept by {@link FakeCatalogue} (a stored offer is JSON,
 * and the domain's tests have no JSON-B implementation).
 */
final class InMemoryCatalogue implements CatalogueRepository {

  private final Map<UUID, PartnerOrganisation> organisations = new LinkedHashMap<>();

  @Override
  public Optional<PartnerOrganisation> organisationOf(String ownerSubject) {
    return organisations.values().stream()
        .filter(o -> o.ownerSubject().equals(ownerSubject))
        .findFirst();
  }

  @Override
  public Optional<PartnerOrganisation> organisation(UUID id) {
    return Optional.ofNullable(organisations.get(id));
  }

  @Override
  public List<PartnerOrganisation> organisations(PartnerStatus status) {
    return organisations.values().stream().filter(o -> o.status() == status).toList();
  }

  @Override
  public void add(PartnerOrganisation organisation) {
    organisations.put(organisation.id(), organisation);
  }

  @Override
  public Optional<CatalogueOffer> offer(UUID id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<CatalogueOffer> offersOf(UUID partnerId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<UUID> offerIdsOf(UUID partnerId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void add(CatalogueOffer offer) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void remove(CatalogueOffer offer) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void changed(UUID offerId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void writeAndForget() {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<Change> changes(int limit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Optional<String> source() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void addSource(String id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void acknowledge(List<Long> ids) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<CatalogueOffer> published(List<UUID> ids) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<CatalogueOffer> publishedAfter(UUID after, int limit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Set<UUID> vettedPartners() {
    throw new UnsupportedOperationException();
  }

  @Override
  public long countOffers() {
    throw new UnsupportedOperationException();
  }
}
