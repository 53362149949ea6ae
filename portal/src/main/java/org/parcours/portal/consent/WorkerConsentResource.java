package org.parcours.portal.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.consent.ConsentViews.AskingView;
import org.parcours.portal.consent.ConsentViews.ConsentInput;
import org.parcours.portal.consent.ConsentViews.ConsentView;
import org.parcours.portal.consent.ConsentViews.NoteList;
import org.parcours.portal.consent.ConsentViews.NoteView;
import org.parcours.portal.security.Roles;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.sharing.ConsentScope;
import org.parcours.portfolio.sharing.ConsentService;
import org.parcours.portfolio.sharing.ShareGrant.Selection;

/**
 * The worker's side of consent in person: what the adviser's code asks, the answer, and the notes
 * advisers left. A consent ends from {@code DELETE /me/shares/{id}} like any other share.
 */
@Path("/me")
@RequestScoped
@RolesAllowed(Roles.WORKER)
@Produces(MediaType.APPLICATION_JSON)
public class WorkerConsentResource {

  @Inject ConsentService consents;
  @Inject SignedInWorker worker;

  /** The code shown on the adviser's screen. */
  public record CodeInput(String code) {}

  @POST
  @Path("consents/lookup")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Who asks for my consent with this code, for which organisation")
  @APIResponse(responseCode = "400", description = "Unknown, expired or already used code")
  @APIResponse(responseCode = "429", description = "Too many wrong codes: wait a quarter hour")
  public AskingView lookup(CodeInput input) {
    return AskingView.of(consents.lookup(worker.id(), input == null ? null : input.code()));
  }

  @POST
  @Path("consents")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Consent: let the adviser who showed the code read the chosen scope")
  @APIResponse(responseCode = "201", description = "Consent given; the adviser's screen updates")
  @APIResponse(responseCode = "400", description = "Bad code or scope; nothing was shared")
  @APIResponse(responseCode = "429", description = "Too many wrong codes: wait a quarter hour")
  public Response confirm(ConsentInput input) {
    ConsentInput in = input == null ? new ConsentInput(null, null, null, null, null, null) : input;
    ConsentScope scope =
        new ConsentScope(
            selection(in.scope()),
            in.entryIds() == null
                ? List.of()
                : in.entryIds().stream().map(WorkerConsentResource::entryId).toList(),
            in.dossierId() == null
                ? null
                : PathIds.bodyUuid(in.dossierId(), "dossierId", "consent.scope.dossier.unknown"),
            Boolean.TRUE.equals(in.coEdit()),
            in.durationMinutes() == null ? null : Duration.ofMinutes(in.durationMinutes()));
    return Response.status(Response.Status.CREATED)
        .entity(
            ConsentView.of(consents.confirm(worker.id(), worker.displayName(), in.code(), scope)))
        .build();
  }

  @GET
  @Path("notes")
  @Operation(summary = "Notes and recommendations advisers left in my portfolio")
  public NoteList notes() {
    return new NoteList(consents.notesOf(worker.id()).stream().map(NoteView::of).toList());
  }

  static Selection selection(String scope) {
    if (scope == null) {
      return null;
    }
    return switch (scope.toLowerCase(Locale.ROOT)) {
      case "whole" -> Selection.WHOLE;
      case "entries" -> Selection.ENTRIES;
      case "dossier" -> Selection.DOSSIER;
      default ->
          throw new InvalidInputException(List.of(new Violation("scope", "consent.scope.unknown")));
    };
  }

  private static EntryId entryId(String id) {
    return EntryId.parse(id)
        .orElseThrow(() ->
            new InvalidInputException(List.of(new Violation("entryIds", "share.entry.unknown"))));
  }
}
