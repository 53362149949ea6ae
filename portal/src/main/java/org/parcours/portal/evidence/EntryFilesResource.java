package org.parcours.portal.evidence;

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
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.security.Roles;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.evidence.EvidenceService;
import org.parcours.portfolio.shared.NotFoundException;

/** The evidence files of one of the signed-in worker's entries. */
@Path("/me/entries/{entryId}/files")
@RequestScoped
@RolesAllowed(Roles.WORKER)
public class EntryFilesResource {

  @Inject EvidenceService evidence;
  @Inject SignedInWorker worker;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Attach a file (the raw body, streamed) to one of my entries")
  @APIResponse(responseCode = "201", description = "Kept")
  @APIResponse(responseCode = "413", description = "Larger than allowed, or over my quota")
  @APIResponse(responseCode = "415", description = "A type not kept, or a name that lies")
  public Response attach(
      @PathParam("entryId") String entryId, @QueryParam("name") String name, InputStream body) {
    EvidenceFile file = evidence.attach(worker.id(), entry(entryId), name, body);
    return Response.status(Response.Status.CREATED).entity(FileView.of(file)).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The files of one of my entries")
  public FileView.FileList ofEntry(@PathParam("entryId") String entryId) {
    return new FileView.FileList(
        evidence.ofEntry(worker.id(), entry(entryId)).stream().map(FileView::of).toList());
  }

  private static EntryId entry(String id) {
    return EntryId.parse(id).orElseThrow(() -> new NotFoundException("entry"));
  }
}
