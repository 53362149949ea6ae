package org.parcours.portal.catalogue.feeds;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.parcours.portal.security.Roles;
import org.parcours.portal.web.PathIds;

/**
 * Administrators bind each guidance provider to the vetted organisation it publishes for, sync it
 * now and read the report of its last sync.
 */
@Path("/admin/guidance-feeds")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class GuidanceFeedResource {

  @Inject GuidanceFeeds feeds;

  /**
   * A binding.
   *
   * @param partnerId the organisation the provider publishes for
   */
  public record Binding(String partnerId) {}

  @GET
  @Operation(summary = "Every guidance provider with its binding and the report of its last sync")
  public List<FeedView> list() {
    return feeds.views();
  }

  @PUT
  @Path("{plugin}/{provider}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Bind a guidance provider to the organisation it publishes for")
  public FeedView bind(
      @PathParam("plugin") String plugin, @PathParam("provider") String provider, Binding binding) {
    return feeds.bind(
        plugin,
        provider,
        PathIds.bodyUuid(
            binding == null ? null : binding.partnerId(), "partnerId", "feed.partner.required"));
  }

  @DELETE
  @Path("{plugin}/{provider}")
  @Operation(summary = "Unbind a guidance provider: its offers are withdrawn")
  public Response unbind(
      @PathParam("plugin") String plugin, @PathParam("provider") String provider) {
    feeds.unbind(plugin, provider);
    return Response.noContent().build();
  }

  @POST
  @Path("{plugin}/{provider}/sync")
  @Operation(summary = "Sync a guidance provider now and answer with the report")
  public FeedView sync(@PathParam("plugin") String plugin, @PathParam("provider") String provider) {
    return feeds.syncNow(plugin, provider);
  }
}
