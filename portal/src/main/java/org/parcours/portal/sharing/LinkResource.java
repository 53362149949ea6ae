package org.parcours.portal.sharing;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.sharing.ShareViews.SharedView;
import org.parcours.portfolio.sharing.SharingService;

/** What a secret link shows, to whoever holds it; no sign-in (server.xml exempts the path). */
@Path("/links/{token}")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class LinkResource {

  @Inject SharingService sharing;

  @GET
  @Operation(summary = "The entries a live link shares (logged for the worker)")
  @APIResponse(responseCode = "404", description = "Unknown, expired or revoked link: all alike")
  public SharedView read(@PathParam("token") String token) {
    return SharedView.of(sharing.readByLink(token));
  }
}
