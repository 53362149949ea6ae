package org.parcours.portal.sharing;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.security.Roles;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.sharing.ShareViews.AccessLog;
import org.parcours.portal.sharing.ShareViews.AccessView;
import org.parcours.portal.sharing.ShareViews.GrantList;
import org.parcours.portal.sharing.ShareViews.GrantView;
import org.parcours.portal.sharing.ShareViews.ShareInput;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.sharing.GrantDraft;
import org.parcours.portfolio.sharing.SharingService;
import org.parcours.portfolio.skill.SkillRef;

/** The worker's own grants and the log of who read what through them. */
@Path("/me")
@RequestScoped
@RolesAllowed(Roles.WORKER)
@Produces(MediaType.APPLICATION_JSON)
public class ShareResource {

  @Inject SharingService sharing;
  @Inject SignedInWorker worker;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.baseUrl")
  String baseUrl;

  @POST
  @Path("shares")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Share entries with an adviser (adviserEmail) or by a secret link (link)")
  @APIResponse(responseCode = "201", description = "Shared; a link grant shows its link once")
  @APIResponse(responseCode = "400", description = "A rule is broken; nothing was shared")
  public Response share(ShareInput input) {
    ShareInput in =
        input == null ? new ShareInput(null, false, null, null, null, null, null, null) : input;
    GrantDraft draft =
        new GrantDraft(
            in.entryIds() == null
                ? List.of()
                : in.entryIds().stream().map(id -> EntryId.parse(id).orElse(null)).toList(),
            in.skills() == null
                ? List.of()
                : in.skills().stream()
                    .map(s -> s == null ? null : new SkillRef(s.referential(), s.code()))
                    .toList(),
            in.dossierId() == null
                ? null
                : PathIds.bodyUuid(in.dossierId(), "dossierId", "share.dossier.unknown"),
            in.purpose(),
            in.startsAt(),
            in.endsAt());
    OffsetDateTime now = OffsetDateTime.now(clock);
    GrantView view;
    if (in.link()) {
      SharingService.NewLink link = sharing.shareByLink(worker.id(), draft);
      view = GrantView.of(link.grant(), now, baseUrl + "/shared/link.xhtml?t=" + link.token());
    } else {
      view =
          GrantView.of(sharing.shareWithAdviser(worker.id(), in.adviserEmail(), draft), now, null);
    }
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @GET
  @Path("shares")
  @Operation(summary = "My grants, newest first, live or not")
  public GrantList grants() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return new GrantList(
        sharing.grants(worker.id()).stream().map(g -> GrantView.of(g, now, null)).toList());
  }

  @DELETE
  @Path("shares/{id}")
  @Operation(summary = "Revoke one of my grants: the next read through it is refused")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "404", description = "No such grant of mine")
  public void revoke(@PathParam("id") String id) {
    sharing.revoke(worker.id(), PathIds.uuid(id, "share"));
  }

  @GET
  @Path("access-log")
  @Operation(summary = "Who read my portfolio, through which grant, what and when")
  public AccessLog accessLog() {
    return new AccessLog(sharing.accessLog(worker.id()).stream().map(AccessView::of).toList());
  }
}
