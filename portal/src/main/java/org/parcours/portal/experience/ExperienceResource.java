package org.parcours.portal.experience;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.security.Roles;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portfolio.experience.Experience;
import org.parcours.portfolio.experience.ExperienceId;
import org.parcours.portfolio.experience.ExperienceService;
import org.parcours.portfolio.shared.NotFoundException;

/** The signed-in worker's own experiences. Another worker's id answers exactly as an unknown id. */
@Path("/me/experiences")
@RequestScoped
@RolesAllowed(Roles.WORKER)
@Produces(MediaType.APPLICATION_JSON)
public class ExperienceResource {

  @Inject ExperienceService experiences;
  @Inject SignedInWorker worker;

  @GET
  @Operation(summary = "My experiences, most recent start first")
  public ExperienceList list() {
    return new ExperienceList(
        experiences.list(worker.id()).stream().map(ExperienceView::of).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of my experiences")
  @APIResponse(responseCode = "200", description = "The experience")
  @APIResponse(responseCode = "404", description = "No such experience in my portfolio")
  public ExperienceView get(@PathParam("id") String id) {
    return ExperienceView.of(experiences.get(worker.id(), parse(id)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record an experience")
  @APIResponse(responseCode = "201", description = "Recorded; Location names it")
  @APIResponse(responseCode = "400", description = "The input breaks a rule; nothing was stored")
  public Response record(ExperienceInput input, @Context UriInfo uri) {
    Experience recorded = experiences.record(worker.id(), required(input).toDraft());
    return Response.created(uri.getAbsolutePathBuilder().path(recorded.id().toString()).build())
        .entity(ExperienceView.of(recorded))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace one of my experiences")
  @APIResponse(responseCode = "200", description = "The experience as now stored")
  @APIResponse(responseCode = "400", description = "The input breaks a rule; nothing was changed")
  @APIResponse(responseCode = "404", description = "No such experience in my portfolio")
  public ExperienceView change(@PathParam("id") String id, ExperienceInput input) {
    return ExperienceView.of(experiences.change(worker.id(), parse(id), required(input).toDraft()));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete one of my experiences")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such experience in my portfolio")
  public void delete(@PathParam("id") String id) {
    experiences.delete(worker.id(), parse(id));
  }

  private static ExperienceId parse(String id) {
    return ExperienceId.parse(id).orElseThrow(() -> new NotFoundException("experience"));
  }

  private static ExperienceInput required(ExperienceInput input) {
    // An empty body reads as null: the same rules apply as to a body with every field missing.
    return input != null
        ? input
        : new ExperienceInput(null, null, null, null, null, null, null, null);
  }
}
