package org.parcours.portal.catalogue.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.parcours.portal.problem.RefusedInput;
import org.parcours.portal.security.Roles;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.catalogue.OfferStatus;
import org.parcours.portfolio.catalogue.PartnerStatus;

/** Administrators vet partner organisations and moderate offers. */
@Path("/admin")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueAdminResource {

  @Inject CatalogueService catalogue;
  @Inject CatalogueSearch search;

  /**
   * A decision.
   *
   * @param status the new state
   * @param reason why, required to suspend
   */
  public record Decision(String status, String reason) {}

  /**
   * What an index pass did.
   *
   * @param applied changes applied
   * @param rebuilding whether a rebuild is under way (changes then wait for it)
   */
  public record Applied(int applied, boolean rebuilding) {}

  @GET
  @Path("partners")
  @Operation(summary = "Partner organisations in a state (pending by default)")
  public List<PartnerResource.OrganisationView> partners(@QueryParam("status") String status) {
    return catalogue
        .organisations(parse(PartnerStatus.class, status == null ? "pending" : status))
        .stream()
        .map(PartnerResource.OrganisationView::of)
        .toList();
  }

  @POST
  @Path("partners/{id}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Vet or suspend a partner organisation")
  public PartnerResource.OrganisationView review(@PathParam("id") String id, Decision decision) {
    return PartnerResource.OrganisationView.of(
        catalogue.review(
            PathIds.uuid(id, "partner"),
            parse(PartnerStatus.class, decision == null ? null : decision.status()),
            decision == null ? null : decision.reason()));
  }

  @POST
  @Path("offers/{id}/moderation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Publish or suspend an offer")
  public PartnerResource.OwnOffer moderate(@PathParam("id") String id, Decision decision) {
    return PartnerResource.OwnOffer.of(
        catalogue.moderate(
            PathIds.uuid(id, "offer"),
            parse(OfferStatus.class, decision == null ? null : decision.status()),
            decision == null ? null : decision.reason()));
  }

  @POST
  @Path("catalogue/index")
  @Operation(summary = "Apply the committed catalogue changes to the search index now")
  public Applied index() {
    return new Applied(search.follow(), search.rebuilding());
  }

  @POST
  @Path("catalogue/rebuild")
  @Operation(summary = "Rebuild the search index from the database, in the background")
  public Applied rebuild() {
    search.rebuildInBackground();
    return new Applied(0, true);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RefusedInput(
          "status", "moderation.status.invalid", "Unknown status '" + value + "'.");
    }
  }
}
