package org.parcours.portal.vae;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.security.Roles;
import org.parcours.portal.vae.DossierViews.CertificationList;
import org.parcours.portal.vae.DossierViews.CertificationView;
import org.parcours.portfolio.certification.Certifications;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.shared.Violation;

/** The RNCP certifications with blocs de compétences, to pick a VAE target. */
@Path("/certifications")
@RequestScoped
@RolesAllowed({Roles.WORKER, Roles.ADVISER, Roles.PARTNER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class CertificationResource {

  @Inject Certifications certifications;

  @GET
  @Operation(summary = "Certifications by RNCP number, or by words of title, certifier or blocs")
  public CertificationList search(
      @QueryParam("q") String query, @QueryParam("limit") @DefaultValue("10") int limit) {
    if (limit < 1 || limit > Certifications.SEARCH_MAX) {
      throw new InvalidInputException(List.of(new Violation("limit", "certifications.limit")));
    }
    return new CertificationList(
        certifications.search(query, limit).stream().map(CertificationView::of).toList());
  }

  @GET
  @Path("{number}")
  @Operation(summary = "One certification and its blocs")
  @APIResponse(responseCode = "404", description = "No RNCP certification with this number")
  public CertificationView get(@PathParam("number") String number) {
    return certifications
        .byNumber(number)
        .map(CertificationView::of)
        .orElseThrow(() -> new NotFoundException("certification"));
  }
}
