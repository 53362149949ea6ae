package org.parcours.portal.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.consent.ConsentViews.ConsentView;
import org.parcours.portal.consent.ConsentViews.NewCodeView;
import org.parcours.portal.consent.ConsentViews.NoteInput;
import org.parcours.portal.consent.ConsentViews.NoteList;
import org.parcours.portal.consent.ConsentViews.NoteView;
import org.parcours.portal.consent.ConsentViews.RequestStateView;
import org.parcours.portal.security.AdviserIdentity;
import org.parcours.portal.security.Roles;
import org.parcours.portal.vae.DossierResource;
import org.parcours.portal.vae.DossierViews.DossierView;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.sharing.AdviserNote.Recommendation;
import org.parcours.portfolio.sharing.ConsentService;
import org.parcours.portfolio.sharing.SharingService;

/**
 * The adviser's side: ask for a consent in person, follow it, and work within live consents
 * (dossiers in scope, notes and recommendations). Whatever a consent does not cover answers 403
 * with the reason; a consent that ended answers 404.
 */
@Path("/adviser")
@RequestScoped
@RolesAllowed(Roles.ADVISER)
@Produces(MediaType.APPLICATION_JSON)
public class AdviserConsentResource {

  @Inject ConsentService consents;
  @Inject SharingService sharing;
  @Inject CatalogueService catalogue;
  @Inject AdviserIdentity adviser;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.baseUrl")
  String baseUrl;

  /** My clients with a live consent. */
  public record ClientList(List<ConsentView> items) {}

  /** The dossiers a consent shows. */
  public record DossierList(List<DossierView> items) {}

  @POST
  @Path("consents")
  @Operation(summary = "A one-time code (and the address its QR code opens) to show a worker")
  @APIResponse(responseCode = "201", description = "Show the code; it lasts ten minutes")
  @APIResponse(responseCode = "403", description = "I belong to no organisation yet")
  public Response ask() {
    ConsentService.NewCode asked = consents.ask(adviser.signedIn());
    return Response.status(Response.Status.CREATED).entity(view(asked)).build();
  }

  NewCodeView view(ConsentService.NewCode asked) {
    return new NewCodeView(
        asked.request().id(),
        asked.code(),
        asked.request().organisation().name(),
        asked.request().expiresAt(),
        consentLink(baseUrl, asked.code()));
  }

  /** The page a worker's phone opens from the QR code, the code filled in. */
  static String consentLink(String baseUrl, String code) {
    return baseUrl.replaceAll("/+$", "") + "/portfolio/consent.xhtml?code=" + code;
  }

  @GET
  @Path("consents/{id}")
  @Operation(summary = "Whether the worker confirmed (the screen polls this)")
  public RequestStateView state(@PathParam("id") String id) {
    ConsentService.Status status = consents.status(adviser.signedIn(), PathIds.uuid(id, "consent"));
    return new RequestStateView(
        status.state().name().toLowerCase(Locale.ROOT),
        status.request().expiresAt(),
        status.grant().map(g -> g.id()).orElse(null));
  }

  @GET
  @Path("clients")
  @Operation(summary = "My clients with a live consent, soonest ending first")
  public ClientList clients() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return new ClientList(
        sharing.grantsTo(adviser.signedIn()).stream()
            .filter(g -> g.liveAt(now))
            .sorted(java.util.Comparator.comparing(g -> g.endsAt()))
            .map(ConsentView::of)
            .toList());
  }

  @GET
  @Path("clients/{id}/dossiers")
  @Operation(summary = "The VAE dossiers a live consent shows (logged for the worker)")
  @APIResponse(responseCode = "403", description = "The consent does not cover dossiers")
  public DossierList dossiers(@PathParam("id") String id) {
    return new DossierList(
        consents.dossiersAsAdviser(adviser.signedIn(), PathIds.uuid(id, "share")).stream()
            .map(e -> DossierView.of(e.dossier(), e.portfolio()))
            .toList());
  }

  @PUT
  @Path("clients/{id}/dossiers/{dossierId}/blocs/{code}/narrative")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Write a bloc's narrative with the worker (consent with co-editing only)")
  @APIResponse(responseCode = "403", description = "The consent does not allow editing")
  public Response write(
      @PathParam("id") String id,
      @PathParam("dossierId") String dossierId,
      @PathParam("code") String code,
      DossierResource.Narrative input) {
    consents.writeAsAdviser(
        adviser.signedIn(),
        PathIds.uuid(id, "share"),
        PathIds.uuid(dossierId, "dossier"),
        code,
        input == null ? null : input.text());
    return Response.noContent().build();
  }

  @PUT
  @Path("clients/{id}/dossiers/{dossierId}/blocs/{code}/competences/{index}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record the worker's self-assessment (consent with co-editing only)")
  @APIResponse(responseCode = "403", description = "The consent does not allow editing")
  public Response assess(
      @PathParam("id") String id,
      @PathParam("dossierId") String dossierId,
      @PathParam("code") String code,
      @PathParam("index") int index,
      DossierResource.SelfAssessment input) {
    consents.assessAsAdviser(
        adviser.signedIn(),
        PathIds.uuid(id, "share"),
        PathIds.uuid(dossierId, "dossier"),
        code,
        index,
        DossierResource.assessment(input));
    return Response.noContent().build();
  }

  @GET
  @Path("clients/{id}/notes")
  @Operation(summary = "The notes left under a live consent")
  public NoteList notes(@PathParam("id") String id) {
    return new NoteList(
        consents.notesUnder(adviser.signedIn(), PathIds.uuid(id, "share")).stream()
            .map(NoteView::of)
            .toList());
  }

  @POST
  @Path("clients/{id}/notes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Leave a note, or recommend a catalogue offer, in the worker's portfolio")
  @APIResponse(responseCode = "201", description = "The worker sees it in their portfolio")
  @APIResponse(responseCode = "400", description = "Empty or too long, or no such public offer")
  public Response note(@PathParam("id") String id, NoteInput input) {
    NoteInput in = input == null ? new NoteInput(null, null) : input;
    Recommendation offer = in.offerId() == null ? null : recommendation(in.offerId());
    return Response.status(Response.Status.CREATED)
        .entity(
            NoteView.of(
                consents.note(adviser.signedIn(), PathIds.uuid(id, "share"), in.body(), offer)))
        .build();
  }

  private Recommendation recommendation(String offerId) {
    UUID id;
    try {
      id = UUID.fromString(offerId);
    } catch (IllegalArgumentException e) {
      throw unknownOffer();
    }
    return catalogue
        .publicOffer(id)
        .map(o -> new Recommendation(o.id(), o.title()))
        .orElseThrow(AdviserConsentResource::unknownOffer);
  }

  private static InvalidInputException unknownOffer() {
    return new InvalidInputException(List.of(new Violation("offerId", "note.offer.unknown")));
  }
}
