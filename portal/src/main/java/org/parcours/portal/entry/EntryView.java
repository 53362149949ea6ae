package org.parcours.portal.entry;

import java.time.OffsetDateTime;
import java.util.List;
import org.parcours.portal.skill.SkillView;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryKind;

/** Any portfolio entry as the API lists it; its kind's own resource gives the details. */
public record EntryView(
    String id,
    EntryKind kind,
    String title,
    List<SkillView> skills,
    OffsetDateTime updatedAt,
    long version) {

  public static EntryView of(Entry e) {
    return new EntryView(
        e.entryId().toString(),
        e.kind(),
        e.title(),
        SkillView.of(e.skills()),
        e.updatedAt(),
        e.version());
  }
}
