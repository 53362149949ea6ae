package org.parcours.portal.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.parcours.portal.inbox.PushViews.ClientInput;
import org.parcours.portal.security.Roles;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.inbox.InboxService;

/**
 * Administrators bind a partner's API client (the service account of an OAuth2 client-credentials
 * client at the identity provider) to the partner organisation it pushes for.
 */
@Path("/admin/partners/{id}/clients")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class PartnerClientResource {

  @Inject InboxService inbox;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Bind an API client (its tokens' subject) to this partner organisation")
  public Response bind(@PathParam("id") String id, ClientInput input) {
    inbox.bindClient(PathIds.uuid(id, "partner"), input == null ? null : input.subject());
    return Response.noContent().build();
  }
}
