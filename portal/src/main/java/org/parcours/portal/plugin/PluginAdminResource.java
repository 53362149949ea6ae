package org.parcours.portal.plugin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.parcours.portal.security.Roles;

/** For administrators: the installed plugins, their versions, permissions and state. */
@Path("/admin/plugins")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class PluginAdminResource {

  @Inject PluginHost host;

  @GET
  @Operation(summary = "List the installed plugins with their state")
  public List<PluginView> list() {
    return host.plugins().stream().map(PluginView::of).toList();
  }
}
