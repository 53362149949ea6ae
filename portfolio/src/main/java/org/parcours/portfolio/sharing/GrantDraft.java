package org.parcours.portfolio.sharing;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Texts;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.skill.SkillRef;

/**
 * What a worker chooses when sharing: what (entries, skills whose entries are shared, or a VAE
 * dossier), why, and when. One of the three.
 *
 * @param entryIds the entries shared, when sharing by entry
 * @param skills the skills whose entries are shared, when sharing by skill
 * @param dossierId the VAE dossier shared (with the entries it links to), for a jury say
 * @param purpose why, in the worker's words
 * @param startsAt from when; now if absent
 * @param endsAt until when; 30 days after the start if absent
 */
public record GrantDraft(
    List<EntryId> entryIds,
    List<SkillRef> skills,
    UUID dossierId,
    String purpose,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt) {

  public static final int PURPOSE_MAX = 500;
  public static final Duration DEFAULT_LENGTH = Duration.ofDays(30);
  public static final Duration MAX_LENGTH = Duration.ofDays(366);
  public static final int SELECTION_MAX = 500;

  /** Checks every rule at once; the entries' ownership is checked by the service. */
  GrantDraft validated(OffsetDateTime now) {
    List<EntryId> entries = entryIds == null ? List.of() : entryIds;
    List<SkillRef> bySkill = skills == null ? List.of() : skills;
    String cleanPurpose = Texts.strip(purpose);
    OffsetDateTime start = startsAt == null ? now : startsAt;
    OffsetDateTime end = endsAt == null ? start.plus(DEFAULT_LENGTH) : endsAt;
    List<Violation> violations = new ArrayList<>();
    int kinds =
        (entries.isEmpty() ? 0 : 1) + (bySkill.isEmpty() ? 0 : 1) + (dossierId == null ? 0 : 1);
    if (kinds != 1) {
      violations.add(new Violation("entryIds", "share.selection.oneOf"));
    }
    if (entries.size() + bySkill.size() > SELECTION_MAX) {
      violations.add(new Violation("entryIds", "share.selection.tooLarge"));
    }
    if (entries.stream().anyMatch(Objects::isNull)
        || bySkill.stream().anyMatch(GrantDraft::incomplete)) {
      violations.add(new Violation("entryIds", "share.selection.malformed"));
    }
    if (cleanPurpose == null) {
      violations.add(new Violation("purpose", "share.purpose.required"));
    } else if (cleanPurpose.length() > PURPOSE_MAX) {
      violations.add(new Violation("purpose", "share.purpose.tooLong"));
    }
    if (!end.isAfter(start)) {
      violations.add(new Violation("endsAt", "share.endsAt.beforeStart"));
    } else if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
      violations.add(new Violation("endsAt", "share.endsAt.tooLong"));
    }
    if (!end.isAfter(now)) {
      violations.add(new Violation("endsAt", "share.endsAt.past"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new GrantDraft(
        entries.stream().distinct().toList(),
        bySkill.stream().distinct().toList(),
        dossierId,
        cleanPurpose,
        start,
        end);
  }

  private static boolean incomplete(SkillRef ref) {
    return ref == null || ref.referential() == null || ref.code() == null;
  }
}
