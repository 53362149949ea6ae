package org.parcours.portal.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.credential.CredentialViews;
import org.parcours.portal.i18n.Messages;
import org.parcours.portal.inbox.PushViews.AliasView;
import org.parcours.portal.inbox.PushViews.BlockInput;
import org.parcours.portal.inbox.PushViews.InboxList;
import org.parcours.portal.inbox.PushViews.InboxView;
import org.parcours.portal.security.Roles;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.security.WorkerEmails;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.inbox.InboxItem;
import org.parcours.portfolio.inbox.InboxService;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;

/** The worker's inbox: what partners pushed, to accept, decline, or block the sender. */
@Path("/me")
@RequestScoped
@RolesAllowed(Roles.WORKER)
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

  @Inject InboxService inbox;
  @Inject InboxAcceptance acceptance;
  @Inject CredentialViews views;
  @Inject SignedInWorker worker;
  @Inject WorkerEmails emails;
  @Context HttpHeaders headers;

  @GET
  @Path("inbox")
  @Operation(summary = "Certificates partners pushed to me, pending first")
  public InboxList list() {
    return new InboxList(inbox.inbox(worker.id()).stream().map(this::view).toList());
  }

  @POST
  @Path("inbox/{id}/accept")
  @Operation(summary = "Accept: the certificate is read, verified and kept like an import")
  @APIResponse(responseCode = "201", description = "The credential now in my portfolio")
  @APIResponse(responseCode = "409", description = "Already accepted or declined")
  public Response accept(@PathParam("id") String id) {
    Locale locale = Messages.firstSupported(headers.getAcceptableLanguages()).locale();
    return Response.status(Response.Status.CREATED)
        .entity(
            views.of(
                acceptance.accept(worker.id(), emails.verified(), PathIds.uuid(id, "item"), locale),
                locale))
        .build();
  }

  @POST
  @Path("inbox/{id}/decline")
  @Operation(summary = "Decline: nothing enters my portfolio")
  public Response decline(@PathParam("id") String id) {
    inbox.decline(worker.id(), PathIds.uuid(id, "item"));
    return Response.noContent().build();
  }

  @POST
  @Path("inbox/blocked")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Block a sender: its pending items are declined, its next pushes never reach me")
  public Response block(BlockInput input) {
    UUID partner;
    try {
      partner =
          UUID.fromString(input == null || input.partnerId() == null ? "" : input.partnerId());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new Violation("partnerId", "inbox.partner.unknown")));
    }
    inbox.block(worker.id(), partner);
    return Response.noContent().build();
  }

  @DELETE
  @Path("inbox/blocked/{partnerId}")
  @Operation(summary = "Unblock a sender: its next pushes reach me again")
  public Response unblock(@PathParam("partnerId") String partnerId) {
    inbox.unblock(worker.id(), PathIds.uuid(partnerId, "partner"));
    return Response.noContent().build();
  }

  @GET
  @Path("alias")
  @Operation(summary = "The alias I give partners instead of my e-mail address")
  public AliasView alias() {
    return new AliasView(inbox.alias(worker.id()).alias());
  }

  @POST
  @Path("alias")
  @Operation(summary = "A new alias; the old one stops working at once")
  public AliasView renewAlias() {
    return new AliasView(inbox.renewAlias(worker.id()).alias());
  }

  private InboxView view(InboxItem item) {
    return new InboxView(
        item.id(),
        item.kind().name().toLowerCase(Locale.ROOT),
        item.title(),
        item.partnerId(),
        inbox.partnerName(item.partnerId()),
        item.status().name().toLowerCase(Locale.ROOT),
        item.receivedAt());
  }
}
