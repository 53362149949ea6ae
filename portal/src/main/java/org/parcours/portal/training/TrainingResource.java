package org.parcours.portal.training;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.security.Roles;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.training.Training;
import org.parcours.portfolio.training.TrainingService;

/** The signed-in worker's own trainings. Another worker's id answers exactly as an unknown id. */
@Path("/me/trainings")
@RequestScoped
@RolesAllowed(Roles.WORKER)
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {

  @Inject TrainingService trainings;
  @Inject SignedInWorker worker;

  /** My trainings. */
  public record TrainingList(List<TrainingView> items) {}

  @GET
  @Operation(summary = "My trainings, most recent start first")
  public TrainingList list() {
    return new TrainingList(trainings.list(worker.id()).stream().map(TrainingView::of).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of my trainings")
  @APIResponse(responseCode = "404", description = "No such training in my portfolio")
  public TrainingView get(@PathParam("id") String id) {
    return TrainingView.of(trainings.get(worker.id(), parse(id)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a training")
  @APIResponse(responseCode = "201", description = "Recorded; Location names it")
  @APIResponse(responseCode = "400", description = "The input breaks a rule; nothing was stored")
  public Response record(TrainingInput input, @Context UriInfo uri) {
    Training recorded = trainings.record(worker.id(), orEmpty(input).toDraft());
    return Response.created(
            uri.getAbsolutePathBuilder().path(recorded.entryId().toString()).build())
        .entity(TrainingView.of(recorded))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace one of my trainings")
  @APIResponse(responseCode = "400", description = "The input breaks a rule; nothing was changed")
  @APIResponse(responseCode = "404", description = "No such training in my portfolio")
  public TrainingView change(@PathParam("id") String id, TrainingInput input) {
    return TrainingView.of(trainings.change(worker.id(), parse(id), orEmpty(input).toDraft()));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete one of my trainings")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such training in my portfolio")
  public void delete(@PathParam("id") String id) {
    trainings.delete(worker.id(), parse(id));
  }

  private static EntryId parse(String id) {
    return EntryId.parse(id).orElseThrow(() -> new NotFoundException("training"));
  }

  // An empty body reads as null: the same rules apply as to a body with every field missing.
  private static TrainingInput orEmpty(TrainingInput input) {
    return input != null ? input : TrainingInput.EMPTY;
  }
}
