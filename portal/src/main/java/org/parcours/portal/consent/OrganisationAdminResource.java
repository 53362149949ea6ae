package org.parcours.portal.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.consent.ConsentViews.MemberInput;
import org.parcours.portal.consent.ConsentViews.OrganisationInput;
import org.parcours.portal.consent.ConsentViews.OrganisationList;
import org.parcours.portal.consent.ConsentViews.OrganisationView;
import org.parcours.portal.security.Roles;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.sharing.AdviserMembership;
import org.parcours.portfolio.sharing.AdviserOrganisation;
import org.parcours.portfolio.sharing.ConsentService;

/** Administrators keep the organisations advisers belong to, and who belongs to which. */
@Path("/admin/organisations")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationAdminResource {

  @Inject ConsentService consents;

  @GET
  @Operation(summary = "Adviser organisations and their members")
  public OrganisationList list() {
    return new OrganisationList(consents.organisations().stream().map(this::view).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an organisation advisers belong to")
  @APIResponse(responseCode = "201", description = "Registered")
  @APIResponse(responseCode = "409", description = "That name is taken")
  public Response create(OrganisationInput input) {
    OrganisationInput in = input == null ? new OrganisationInput(null, null) : input;
    AdviserOrganisation created = consents.createOrganisation(in.name(), kind(in.kind()));
    return Response.status(Response.Status.CREATED).entity(view(created)).build();
  }

  @PUT
  @Path("{id}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enrol an adviser by e-mail (moves them from another organisation)")
  public OrganisationView enrol(@PathParam("id") String id, MemberInput input) {
    AdviserMembership m =
        consents.enrol(PathIds.uuid(id, "organisation"), input == null ? null : input.email());
    return view(m.organisation());
  }

  private OrganisationView view(AdviserOrganisation o) {
    return new OrganisationView(
        o.id(),
        o.name(),
        o.kind().name().toLowerCase(Locale.ROOT),
        consents.members(o.id()).stream().map(AdviserMembership::email).toList());
  }

  private static AdviserOrganisation.Kind kind(String kind) {
    try {
      return kind == null ? null : AdviserOrganisation.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new Violation("kind", "organisation.kind.unknown")));
    }
  }
}
