package org.parcours.portal.sharing;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.evidence.FileResponses;
import org.parcours.portal.sharing.ShareViews.SharedView;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.evidence.EvidenceService;
import org.parcours.portfolio.sharing.SharingService;

/** What a secret link shows, to whoever holds it; no sign-in (server.xml exempts the path). */
@Path("/links/{token}")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class LinkResource {

  @Inject SharingService sharing;
  @Inject EvidenceService evidence;

  @GET
  @Operation(summary = "The entries a live link shares (logged for the worker)")
  @APIResponse(responseCode = "404", description = "Unknown, expired or revoked link: all alike")
  public SharedView read(@PathParam("token") String token) {
    return SharedView.of(sharing.readByLink(token));
  }

  @GET
  @Path("files/{fileId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "A file of an entry the live link shares, as an attachment (logged)")
  @APIResponse(responseCode = "404", description = "Not a file this link shares now")
  public Response file(@PathParam("token") String token, @PathParam("fileId") String fileId) {
    return FileResponses.download(
        evidence, sharing.fileByLink(token, PathIds.uuid(fileId, "file")));
  }
}
