package org.parcours.portal.credential;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.parcours.portal.security.Roles;

/** For operators: run a background verification pass now, over every kept credential. */
@Path("/admin/credentials/reverify")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ReverifyResource {

  @Inject CredentialReverifier reverifier;

  @POST
  @Operation(summary = "Verify kept credentials again now (one batch of the oldest checks)")
  public CredentialReverifier.Pass run() {
    return reverifier.run(Duration.ZERO);
  }
}
