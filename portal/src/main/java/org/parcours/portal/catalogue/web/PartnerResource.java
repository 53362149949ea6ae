package org.parcours.portal.catalogue.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.catalogue.imports.ImportFiles;
import org.parcours.portal.catalogue.imports.ImportJob;
import org.parcours.portal.catalogue.imports.ImportJobs;
import org.parcours.portal.catalogue.imports.ImportReport;
import org.parcours.portal.i18n.Messages;
import org.parcours.portal.security.Roles;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.catalogue.CatalogueOffer;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.catalogue.PartnerDraft;
import org.parcours.portfolio.catalogue.PartnerOrganisation;
import org.parcours.portfolio.shared.NotFoundException;

/** A partner's own organisation and offers; nobody else's. */
@Path("/partner")
@RequestScoped
@RolesAllowed(Roles.PARTNER)
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {

  @Inject CatalogueService catalogue;
  @Inject CommuneDirectory communes;
  @Inject HttpServletRequest request;
  @Inject Clock clock;
  @Inject ImportJobs imports;
  @Context HttpHeaders headers;

  /**
   * An organisation as its partner sees it.
   *
   * @param id its id
   * @param name its name
   * @param siret its SIRET
   * @param declarationNumber its declaration number, or null
   * @param qualiopi whether it holds Qualiopi
   * @param contactEmail its contact address
   * @param status pending, vetted or suspended
   * @param statusReason why it was suspended, or null
   */
  public record OrganisationView(
      UUID id,
      String name,
      String siret,
      String declarationNumber,
      boolean qualiopi,
      String contactEmail,
      String status,
      String statusReason) {

    static OrganisationView of(PartnerOrganisation o) {
      return new OrganisationView(
          o.id(),
          o.name(),
          o.siret(),
          o.declarationNumber().orElse(null),
          o.qualiopi(),
          o.contactEmail(),
          o.status().name().toLowerCase(java.util.Locale.ROOT),
          o.statusReason().orElse(null));
    }
  }

  /**
   * An offer with its moderation state.
   *
   * @param offer the offer
   * @param status published or suspended
   * @param statusReason why it was suspended, or null
   */
  public record OwnOffer(Offer offer, String status, String statusReason) {
    static OwnOffer of(CatalogueOffer o) {
      return new OwnOffer(
          o.offer(),
          o.status().name().toLowerCase(java.util.Locale.ROOT),
          o.statusReason().orElse(null));
    }
  }

  /**
   * What an import did.
   *
   * @param imported offers published
   * @param problems rows or offers refused, each with its line and reason
   * @param complete false when the input was cut at a limit
   */
  public record ImportResult(int imported, List<ImportReport.Problem> problems, boolean complete) {}

  /**
   * An import publishing in the background.
   *
   * @param status {@code running}, {@code done} (every valid offer is in the catalogue) or {@code
   *     failed} (none is)
   * @param total valid offers read from the file
   * @param published offers written so far, visible together once done
   * @param problems rows left out when the file was read, each with its line and reason
   * @param complete false when the file was cut at a limit
   * @param failure why nothing was published, or null
   */
  public record ImportView(
      UUID id,
      String status,
      int total,
      int published,
      List<ImportReport.Problem> problems,
      boolean complete,
      Instant startedAt,
      Instant finishedAt,
      String failure) {
    static ImportView of(ImportJob job, Messages messages) {
      return new ImportView(
          job.id(),
          job.status().name().toLowerCase(java.util.Locale.ROOT),
          job.total(),
          job.published(),
          job.problems(),
          job.complete(),
          job.startedAt(),
          job.finishedAt(),
          job.failure() == null ? null : messages.get("partner.import.failed." + job.failure()));
    }
  }

  @GET
  @Path("organisation")
  @Operation(summary = "My organisation and its vetting state")
  public OrganisationView organisation() {
    return catalogue
        .organisationOf(subject())
        .map(OrganisationView::of)
        .orElseThrow(() -> new NotFoundException("organisation"));
  }

  @PUT
  @Path("organisation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register or update my organisation (a new one waits for an administrator)")
  public OrganisationView register(PartnerDraft draft) {
    return OrganisationView.of(catalogue.register(subject(), draft));
  }

  @GET
  @Path("offers")
  @Operation(summary = "My offers with their moderation state")
  public List<OwnOffer> offers() {
    return catalogue.offersOf(subject()).stream().map(OwnOffer::of).toList();
  }

  @POST
  @Path("offers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Publish an offer (vetted organisations only)")
  public Response publish(OfferInput input) {
    CatalogueOffer stored =
        catalogue.publish(subject(), input.toOffer(UUID.randomUUID(), communes::find));
    return Response.status(Response.Status.CREATED).entity(OwnOffer.of(stored)).build();
  }

  @PUT
  @Path("offers/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace one of my offers")
  public OwnOffer replace(@PathParam("id") String id, OfferInput input) {
    UUID offerId = PathIds.uuid(id, "offer");
    catalogue.offerOf(subject(), offerId);
    return OwnOffer.of(catalogue.publish(subject(), input.toOffer(offerId, communes::find)));
  }

  @DELETE
  @Path("offers/{id}")
  @Operation(summary = "Withdraw one of my offers")
  public Response withdraw(@PathParam("id") String id) {
    catalogue.withdraw(subject(), PathIds.uuid(id, "offer"));
    return Response.noContent().build();
  }

  @POST
  @Path("offers/import")
  @Consumes({"text/csv", MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Operation(
      summary =
          "Import offers from LHÉO 2.2 XML or MonCompteFormation CSV and wait: bad rows are listed")
  public ImportResult importOffers(
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body) throws IOException {
    PartnerOrganisation organisation = ownOrganisation();
    ImportReport report = ImportFiles.read(body, csv(type), organisation.id(), clock.instant());
    int imported = catalogue.publishAll(subject(), report.offers());
    return new ImportResult(imported, report.problems(), report.complete());
  }

  @POST
  @Path("offers/imports")
  @Consumes({"text/csv", MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Operation(
      summary =
          "Start an import (LHÉO 2.2 XML or MonCompteFormation CSV) published in the background;"
              + " follow it at the Location given")
  @APIResponse(responseCode = "202", description = "Read; its valid offers are being published")
  @APIResponse(responseCode = "409", description = "An import of this organisation is running")
  public Response startImport(
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body, @Context UriInfo uri)
      throws IOException {
    PartnerOrganisation organisation = ownOrganisation();
    ImportReport report = ImportFiles.read(body, csv(type), organisation.id(), clock.instant());
    ImportJob job = imports.start(subject(), organisation.id(), report);
    return Response.accepted(ImportView.of(job, messages()))
        .location(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
        .build();
  }

  @GET
  @Path("offers/imports/{id}")
  @Operation(summary = "How far an import is, and the rows it left out")
  public ImportView importJob(@PathParam("id") String id) {
    return imports
        .job(ownOrganisation().id(), PathIds.uuid(id, "import"))
        .map(job -> ImportView.of(job, messages()))
        .orElseThrow(() -> new NotFoundException("import"));
  }

  private PartnerOrganisation ownOrganisation() {
    return catalogue
        .organisationOf(subject())
        .orElseThrow(() -> new NotFoundException("organisation"));
  }

  private static boolean csv(String type) {
    return type != null && type.startsWith("text/csv");
  }

  private Messages messages() {
    return Messages.firstSupported(headers.getAcceptableLanguages());
  }

  private String subject() {
    return request.getUserPrincipal().getName();
  }
}
