package org.parcours.portal.sharing;

import jakarta.annotation.security.RolesAllowed;
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
import org.parcours.portal.security.AdviserIdentity;
import org.parcours.portal.security.Roles;
import org.parcours.portal.sharing.ShareViews.AdviserGrant;
import org.parcours.portal.sharing.ShareViews.AdviserGrantList;
import org.parcours.portal.sharing.ShareViews.SharedView;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.evidence.EvidenceService;
import org.parcours.portfolio.sharing.SharingService;

/** What workers shared with the signed-in adviser, read-only, through live grants only. */
@Path("/adviser/shares")
@RequestScoped
@RolesAllowed(Roles.ADVISER)
@Produces(MediaType.APPLICATION_JSON)
public class AdviserShareResource {

  @Inject SharingService sharing;
  @Inject EvidenceService evidence;
  @Inject AdviserIdentity adviser;

  @GET
  @Operation(summary = "The live grants made to me")
  public AdviserGrantList grants() {
    String me = signedIn();
    return new AdviserGrantList(
        sharing.grantsTo(me).stream()
            .map(g -> new AdviserGrant(g.id().toString(), g.purpose(), g.endsAt()))
            .toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read what one live grant made to me selects (logged for the worker)")
  @APIResponse(responseCode = "404", description = "No live grant of that id made to me")
  public SharedView read(@PathParam("id") String id) {
    return SharedView.of(sharing.readAsAdviser(signedIn(), PathIds.uuid(id, "share")));
  }

  @GET
  @Path("{id}/files/{fileId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "A file of an entry a live grant to me shares, as an attachment (logged)")
  @APIResponse(responseCode = "404", description = "Not a file this grant shares now")
  public Response file(@PathParam("id") String id, @PathParam("fileId") String fileId) {
    return FileResponses.download(
        evidence,
        sharing.fileAsAdviser(signedIn(), PathIds.uuid(id, "share"), PathIds.uuid(fileId, "file")));
  }

  private String signedIn() {
    return adviser.signedIn();
  }
}
