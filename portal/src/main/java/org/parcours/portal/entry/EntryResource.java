package org.parcours.portal.entry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.security.Roles;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.skill.SkillView;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.entry.EntryKind;
import org.parcours.portfolio.entry.EntryService;
import org.parcours.portfolio.entry.PortfolioFilter;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.skill.Referential;
import org.parcours.portfolio.skill.SkillRef;

/** The signed-in worker's whole portfolio, every kind of entry, searched and filtered. */
@Path("/me/entries")
@RequestScoped
@RolesAllowed(Roles.WORKER)
@Produces(MediaType.APPLICATION_JSON)
public class EntryResource {

  @Inject EntryService entries;
  @Inject SignedInWorker worker;

  /** The entries kept by a search. */
  public record EntryList(List<EntryView> items) {}

  @GET
  @Operation(summary = "My entries, most recently changed first")
  public EntryList list(
      @Parameter(description = "Words to find in titles, texts and skills") @QueryParam("q")
          String words,
      @Parameter(description = "EXPERIENCE, TRAINING or CREDENTIAL") @QueryParam("kind")
          String kind,
      @Parameter(description = "A skill, as REFERENTIAL:code") @QueryParam("skill") String skill) {
    PortfolioFilter filter = new PortfolioFilter(words, kind(kind), skill(skill));
    return new EntryList(entries.list(worker.id(), filter).stream().map(EntryView::of).toList());
  }

  @PUT
  @Path("{id}/skills")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the skills of one of my entries")
  @APIResponse(responseCode = "200", description = "The entry with its new skills")
  @APIResponse(responseCode = "400", description = "A skill is unknown; nothing was changed")
  @APIResponse(responseCode = "404", description = "No such entry in my portfolio")
  public EntryView retag(@PathParam("id") String id, List<SkillView> skills) {
    EntryId entry = EntryId.parse(id).orElseThrow(() -> new NotFoundException("entry"));
    List<SkillRef> refs =
        skills == null
            ? List.of()
            : skills.stream()
                .map(s -> s == null ? null : new SkillRef(s.referential(), s.code()))
                .toList();
    return EntryView.of(entries.retag(worker.id(), entry, refs));
  }

  private static EntryKind kind(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return EntryKind.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new Violation("kind", "entries.kind.unknown")));
    }
  }

  private static SkillRef skill(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    int colon = text.indexOf(':');
    try {
      if (colon > 0) {
        return new SkillRef(
            Referential.valueOf(text.substring(0, colon)), text.substring(colon + 1));
      }
    } catch (IllegalArgumentException e) {
      // an unknown referential is reported below like a missing one
    }
    throw new InvalidInputException(List.of(new Violation("skill", "entries.skill.malformed")));
  }
}
