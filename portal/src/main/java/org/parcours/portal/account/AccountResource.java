package org.parcours.portal.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.credential.CredentialImport;
import org.parcours.portal.i18n.Messages;
import org.parcours.portal.security.Roles;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.security.WorkerEmails;
import org.parcours.portal.web.Attachment;
import org.parcours.portfolio.archive.ImportReport;
import org.parcours.portfolio.archive.PortfolioArchive;
import org.parcours.portfolio.erasure.ErasureService;

/** The worker's rights over their data: take it all, bring it back, erase it. */
@Path("/me")
@RequestScoped
@RolesAllowed(Roles.WORKER)
public class AccountResource {

  static final String ZIP = "application/zip";

  @Inject PortfolioArchive archive;
  @Inject ErasureService erasure;
  @Inject SignedInWorker worker;
  @Inject WorkerEmails emails;
  @Inject CredentialImport credentials;
  @Inject HttpHeaders headers;

  @GET
  @Path("export")
  @Produces(ZIP)
  @Operation(summary = "My whole portfolio as a ZIP (docs/export-format.md)")
  public Response export() {
    StreamingOutput body = out -> archive.export(worker.id(), out);
    return Attachment.on(Response.ok(body, ZIP), ExportFile.name()).build();
  }

  /**
   * What an import brought.
   *
   * @param linksDropped dossier links left out: what they pointed to was not in the archive
   */
  public record Imported(int entries, int dossiers, int linksDropped) {}

  @POST
  @Path("import")
  @Consumes(ZIP)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import an export into my portfolio, which must be empty")
  @APIResponse(responseCode = "200", description = "Imported")
  @APIResponse(
      responseCode = "400",
      description = "Not a Parcours export, over a limit, or not empty; nothing stored")
  public Imported importArchive(InputStream zip) {
    Locale locale = Messages.firstSupported(headers.getAcceptableLanguages()).locale();
    ImportReport report =
        archive.importInto(worker.id(), zip, credentials.restorer(emails.verified(), locale));
    return new Imported(report.entries(), report.dossiers(), report.linksDropped());
  }

  @DELETE
  @Operation(summary = "Erase my account and everything in it, at once")
  @APIResponse(responseCode = "204", description = "Erased")
  public void erase() {
    erasure.erase(worker.id());
  }
}
