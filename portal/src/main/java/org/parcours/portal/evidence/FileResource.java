package org.parcours.portal.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.parcours.portal.security.Roles;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.evidence.EvidenceService;

/** The signed-in worker's evidence files by id. Another worker's ids answer as unknown ones. */
@Path("/me/files")
@RequestScoped
@RolesAllowed(Roles.WORKER)
public class FileResource {

  @Inject EvidenceService evidence;
  @Inject SignedInWorker worker;

  @GET
  @Path("usage")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The space my files use, and the limits")
  public EvidenceService.Usage usage() {
    return evidence.usage(worker.id());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Download one of my files, as an attachment")
  public Response download(@PathParam("id") String id) {
    return FileResponses.download(evidence, evidence.get(worker.id(), PathIds.uuid(id, "file")));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete one of my files")
  public void delete(@PathParam("id") String id) {
    evidence.delete(worker.id(), PathIds.uuid(id, "file"));
  }
}
