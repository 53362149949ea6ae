package org.parcours.portal.vae;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.parcours.portal.catalogue.geo.Commune;
import org.parcours.portal.catalogue.search.CatalogueQuery;
import org.parcours.portal.catalogue.web.CatalogueSearch;
import org.parcours.portal.catalogue.web.CommuneDirectory;
import org.parcours.portal.vae.DossierViews.BlocCoverageView;
import org.parcours.portal.vae.DossierViews.CoverageView;
import org.parcours.portal.vae.DossierViews.OfferLink;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.vae.Coverage;
import org.parcours.portfolio.vae.DossierService;
import org.parcours.portfolio.worker.WorkerId;

/**
 * A dossier's coverage with, for each targeted bloc that still lacks something, the public
 * catalogue offers that name that bloc, nearest first when the worker gives a place: the worker's
 * gaps open the catalogue.
 */
@ApplicationScoped
public class DossierCoverage {

  static final int OFFERS_PER_GAP = 3;

  @Inject DossierService dossiers;
  @Inject CatalogueSearch catalogue;
  @Inject CommuneDirectory communes;

  /**
   * The coverage of one of the worker's dossiers.
   *
   * @param near a postal code or commune name to order offers by distance; blank for none
   */
  public CoverageView of(WorkerId owner, UUID dossierId, String near) {
    return view(dossiers.coverage(owner, dossierId), near);
  }

  CoverageView view(Coverage coverage, String near) {
    Commune place = null;
    if (near != null && !near.isBlank()) {
      place =
          communes
              .find(near)
              .orElseThrow(() ->
                  new InvalidInputException(
                      List.of(new Violation("near", "catalogue.near.unknown"))));
    }
    Commune from = place;
    return new CoverageView(
        coverage.dossierId(),
        coverage.certification(),
        coverage.blocs().stream()
            .map(b ->
                new BlocCoverageView(
                    b.code(),
                    b.label(),
                    b.targeted(),
                    b.evidence(),
                    b.verified(),
                    b.declared(),
                    b.competences(),
                    b.assessed(),
                    b.acquired(),
                    b.gaps().stream().map(g -> g.name().toLowerCase(Locale.ROOT)).toList(),
                    b.targeted() && !b.gaps().isEmpty() ? offers(b.code(), from) : List.of()))
            .toList());
  }

  private List<OfferLink> offers(String blocCode, Commune near) {
    CatalogueQuery.Builder query =
        CatalogueQuery.builder().blocs(List.of(blocCode)).page(1, OFFERS_PER_GAP);
    if (near != null) {
      query.near(near.latitude(), near.longitude(), null).order(CatalogueQuery.Order.DISTANCE);
    }
    return catalogue.search(query.build()).hits().stream()
        .map(h -> new OfferLink(h.id(), h.title(), h.partnerName(), h.distanceKm()))
        .toList();
  }
}
