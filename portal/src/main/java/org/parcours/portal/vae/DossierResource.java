package org.parcours.portal.vae;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.i18n.Messages;
import org.parcours.portal.security.Roles;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.security.WorkerEmails;
import org.parcours.portal.vae.DossierViews.CoverageView;
import org.parcours.portal.vae.DossierViews.DossierList;
import org.parcours.portal.vae.DossierViews.DossierSummary;
import org.parcours.portal.vae.DossierViews.DossierView;
import org.parcours.portal.web.Attachment;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.vae.Assessment;
import org.parcours.portfolio.vae.Dossier;
import org.parcours.portfolio.vae.DossierService;
import org.parcours.portfolio.vae.LinkKind;

/** The signed-in worker's VAE dossiers. Another worker's id answers exactly as an unknown id. */
@Path("/me/dossiers")
@RequestScoped
@RolesAllowed(Roles.WORKER)
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

  @Inject DossierService dossiers;
  @Inject DossierCoverage coverage;
  @Inject SignedInWorker worker;
  @Inject WorkerEmails emails;
  @Inject DossierCredential credential;
  @Inject DossierExport export;
  @Context HttpHeaders headers;

  /** The target certification, by RNCP number. */
  public record NewDossier(String certification) {}

  /** A bloc's narrative; blank clears it. */
  public record Narrative(String text) {}

  /** Whether the bloc is sought. */
  public record Targeted(Boolean targeted) {}

  /** A self-assessment: {@code acquired}, {@code partly}, {@code not_yet}, or null to clear. */
  public record SelfAssessment(String assessment) {}

  /** A piece of my portfolio: an entry, file or credential id, or {@code REFERENTIAL:code}. */
  public record Link(String kind, String target) {}

  @GET
  @Operation(summary = "My dossiers, active first")
  public DossierList list() {
    return new DossierList(
        dossiers.dossiers(worker.id()).stream().map(DossierSummary::of).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Open a dossier for an RNCP certification, with its blocs")
  @APIResponse(responseCode = "201", description = "Opened; Location names it")
  @APIResponse(responseCode = "400", description = "Unknown certification, or one without blocs")
  @APIResponse(responseCode = "409", description = "An active dossier already targets it")
  public Response open(NewDossier input, @Context UriInfo uri) {
    Dossier opened = dossiers.open(worker.id(), input == null ? null : input.certification());
    return Response.created(uri.getAbsolutePathBuilder().path(opened.id().toString()).build())
        .entity(view(opened.id()))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of my dossiers, bloc by bloc")
  @APIResponse(responseCode = "404", description = "No such dossier of mine")
  public DossierView get(@PathParam("id") String id) {
    return view(parse(id));
  }

  @GET
  @Path("{id}/coverage")
  @Operation(
      summary =
          "Evidence per bloc, verified and declared, gaps and offers that cover them (nearest"
              + " first from near: a postal code or commune name)")
  @APIResponse(responseCode = "404", description = "No such dossier of mine")
  public CoverageView coverage(@PathParam("id") String id, @QueryParam("near") String near) {
    return coverage.of(worker.id(), parse(id), near);
  }

  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The dossier as an accessible PDF (tagged, PDF/UA) of the feasibility file")
  @APIResponse(responseCode = "404", description = "No such dossier of mine")
  public Response pdf(@PathParam("id") String id) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
    export.write(
        worker.id(),
        parse(id),
        worker.displayName(),
        Messages.firstSupported(headers.getAcceptableLanguages()).locale(),
        pdf);
    return Attachment.on(Response.ok(pdf.toByteArray(), "application/pdf"), "dossier-vae.pdf")
        .build();
  }

  @GET
  @Path("{id}/credential")
  @Operation(
      summary =
          "The dossier as an Open Badges 3.0 credential signed by this portal (eddsa-rdfc-2022)")
  @APIResponse(responseCode = "404", description = "No such dossier of mine")
  public JsonObject credential(@PathParam("id") String id) {
    UUID dossier = parse(id);
    return credential.issue(
        dossiers.evidence(worker.id(), dossier),
        dossiers.coverage(worker.id(), dossier),
        emails.verified());
  }

  @PUT
  @Path("{id}/blocs/{code}/narrative")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Write a bloc's narrative")
  @APIResponse(responseCode = "400", description = "Too long, or no such bloc")
  @APIResponse(responseCode = "409", description = "The dossier is archived")
  public DossierView write(
      @PathParam("id") String id, @PathParam("code") String code, Narrative input) {
    UUID dossier = parse(id);
    dossiers.write(worker.id(), dossier, code, input == null ? null : input.text());
    return view(dossier);
  }

  @PUT
  @Path("{id}/blocs/{code}/targeted")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Seek a bloc, or set it aside")
  public DossierView target(
      @PathParam("id") String id, @PathParam("code") String code, Targeted input) {
    if (input == null || input.targeted() == null) {
      throw refused("targeted", "dossier.targeted.required");
    }
    UUID dossier = parse(id);
    dossiers.target(worker.id(), dossier, code, input.targeted());
    return view(dossier);
  }

  @PUT
  @Path("{id}/blocs/{code}/competences/{index}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Self-assess one competence of a bloc")
  public DossierView assess(
      @PathParam("id") String id,
      @PathParam("code") String code,
      @PathParam("index") int index,
      SelfAssessment input) {
    UUID dossier = parse(id);
    dossiers.assess(worker.id(), dossier, code, index, assessment(input));
    return view(dossier);
  }

  @POST
  @Path("{id}/blocs/{code}/links")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Link a piece of my portfolio to a bloc")
  @APIResponse(responseCode = "400", description = "Not a piece of my portfolio")
  public DossierView link(@PathParam("id") String id, @PathParam("code") String code, Link input) {
    UUID dossier = parse(id);
    dossiers.link(worker.id(), dossier, code, kind(input), input == null ? null : input.target());
    return view(dossier);
  }

  @DELETE
  @Path("{id}/blocs/{code}/links")
  @Operation(summary = "Unlink a piece of my portfolio from a bloc")
  public DossierView unlink(
      @PathParam("id") String id,
      @PathParam("code") String code,
      @QueryParam("kind") String kind,
      @QueryParam("target") String target) {
    UUID dossier = parse(id);
    dossiers.unlink(worker.id(), dossier, code, kind(new Link(kind, target)), target);
    return view(dossier);
  }

  @POST
  @Path("{id}/archive")
  @Operation(summary = "Archive a dossier: kept, read-only")
  public DossierView archive(@PathParam("id") String id) {
    UUID dossier = parse(id);
    dossiers.archive(worker.id(), dossier);
    return view(dossier);
  }

  @POST
  @Path("{id}/reopen")
  @Operation(summary = "Work on an archived dossier again")
  @APIResponse(responseCode = "409", description = "Another active dossier targets the same")
  public DossierView reopen(@PathParam("id") String id) {
    UUID dossier = parse(id);
    dossiers.reopen(worker.id(), dossier);
    return view(dossier);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a dossier (the portfolio it links to stays)")
  @APIResponse(responseCode = "204", description = "Deleted")
  public void delete(@PathParam("id") String id) {
    dossiers.delete(worker.id(), parse(id));
  }

  private DossierView view(UUID id) {
    DossierService.Evidence read = dossiers.evidence(worker.id(), id);
    return DossierView.of(read.dossier(), read.portfolio());
  }

  private static UUID parse(String id) {
    return PathIds.uuid(id, "dossier");
  }

  public static Assessment assessment(SelfAssessment input) {
    String value = input == null ? null : input.assessment();
    if (value == null) {
      return null;
    }
    try {
      return Assessment.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw refused("assessment", "dossier.assessment.unknown");
    }
  }

  static LinkKind kind(Link input) {
    if (input == null || input.kind() == null) {
      throw refused("kind", "dossier.link.kind");
    }
    try {
      return LinkKind.valueOf(input.kind().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw refused("kind", "dossier.link.kind");
    }
  }

  private static InvalidInputException refused(String field, String rule) {
    return new InvalidInputException(List.of(new Violation(field, rule)));
  }
}
