package org.parcours.portal.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.parcours.portal.security.Roles;
import org.parcours.portfolio.audit.AuditTrail;

/** For operators: checks every audit chain (bin/audit-verify calls it). */
@Path("/admin/audit/verify")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditTrail audit;

  @GET
  @Operation(summary = "Verify every hash chain of the audit trail")
  public AuditTrail.Verification verify() {
    return audit.verify();
  }
}
