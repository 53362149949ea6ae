package org.parcours.portfolio.sharing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.sharing.ShareGrant.Selection;

/**
 * What a worker lets an adviser see when consenting in person, and for how long.
 *
 * @param selection {@code WHOLE}, {@code ENTRIES} or {@code DOSSIER}
 * @param entryIds the entries, for {@code ENTRIES}
 * @param dossierId the dossier, for {@code DOSSIER}
 * @param coEdit whether the adviser may also edit that dossier
 * @param duration how long; two hours if absent
 */
public record ConsentScope(
    Selection selection,
    List<EntryId> entryIds,
    UUID dossierId,
    boolean coEdit,
    Duration duration) {

  public static final Duration DEFAULT_DURATION = Duration.ofHours(2);
  public static final Duration MIN_DURATION = Duration.ofMinutes(5);
  public static final Duration MAX_DURATION = Duration.ofDays(90);
  static final String PURPOSE = "Accompagnement en présence du conseiller";

  /** Checks every rule at once; ownership of entries and dossier is checked by the service. */
  ConsentScope validated() {
    List<EntryId> entries = entryIds == null ? List.of() : entryIds;
    Duration length = duration == null ? DEFAULT_DURATION : duration;
    List<Violation> violations = new ArrayList<>();
    if (selection == null || selection == Selection.SKILLS) {
      violations.add(new Violation("scope", "consent.scope.unknown"));
    } else {
      if ((selection == Selection.ENTRIES) == entries.isEmpty()) {
        violations.add(new Violation("entryIds", "consent.scope.entries"));
      }
      if ((selection == Selection.DOSSIER) != (dossierId != null)) {
        violations.add(new Violation("dossierId", "consent.scope.dossier"));
      }
      if (coEdit && selection != Selection.DOSSIER) {
        violations.add(new Violation("coEdit", "consent.scope.coEdit"));
      }
    }
    if (entries.size() > GrantDraft.SELECTION_MAX || entries.stream().anyMatch(Objects::isNull)) {
      violations.add(new Violation("entryIds", "share.selection.tooLarge"));
    }
    if (length.compareTo(MIN_DURATION) < 0 || length.compareTo(MAX_DURATION) > 0) {
      violations.add(new Violation("duration", "consent.duration.range"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new ConsentScope(
        selection, entries.stream().distinct().toList(), dossierId, coEdit, length);
  }
}
