package org.parcours.portal.skill;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.parcours.portal.security.Roles;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.skill.Referential;
import org.parcours.portfolio.skill.Skill;
import org.parcours.portfolio.skill.Skills;

/** Autocomplete over the skill referentials, for anyone signed in. */
@Path("/skills")
@RequestScoped
@RolesAllowed({Roles.WORKER, Roles.ADVISER, Roles.PARTNER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class SkillResource {

  @Inject Skills skills;

  /** A skill offered to pick, with what tells it apart (certification, Pix area, category). */
  public record Suggestion(Referential referential, String code, String label, String context) {
    static Suggestion of(Skill s) {
      return new Suggestion(s.referential(), s.code(), s.label(), s.context());
    }
  }

  /** The suggestions, best first. */
  public record SuggestionList(List<Suggestion> items) {}

  @GET
  @Operation(summary = "Skills whose labels hold words starting with each word typed")
  public SuggestionList search(
      @QueryParam("q") String text,
      @QueryParam("referential") List<String> referentials,
      @QueryParam("limit") @DefaultValue("10") int limit) {
    if (limit < 1 || limit > Skills.SEARCH_MAX) {
      throw new InvalidInputException(List.of(new Violation("limit", "skills.limit")));
    }
    return new SuggestionList(
        skills.search(text, among(referentials), limit).stream().map(Suggestion::of).toList());
  }

  private static Set<Referential> among(List<String> names) {
    Set<Referential> among = EnumSet.noneOf(Referential.class);
    for (String name : names) {
      try {
        among.add(Referential.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            List.of(new Violation("referential", "skills.referential.unknown")));
      }
    }
    return among;
  }
}
