package org.parcours.portal.skill;

import java.util.Collection;
import java.util.List;
import org.parcours.portfolio.skill.Referential;
import org.parcours.portfolio.skill.SkillTag;

/** A skill on an entry, as the API shows and accepts it. */
public record SkillView(Referential referential, String code, String label) {

  public static List<SkillView> of(Collection<SkillTag> tags) {
    return tags.stream().map(t -> new SkillView(t.referential(), t.code(), t.label())).toList();
  }
}
