package org.parcours.portfolio.entry;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.parcours.portfolio.shared.Texts;
import org.parcours.portfolio.skill.SkillRef;
import org.parcours.portfolio.skill.SkillTag;

/**
 * What a worker looks for in their portfolio: words (in titles, texts and skill labels, accents and
 * case ignored), one kind of entry, one skill. Each part is optional.
 */
public record PortfolioFilter(String words, EntryKind kind, SkillRef skill)
    implements Predicate<Entry> {

  private static final Pattern BLANKS = Pattern.compile("\\s+");

  public static final PortfolioFilter ALL = new PortfolioFilter(null, null, null);

  @Override
  public boolean test(Entry entry) {
    return (kind == null || entry.kind() == kind)
        && (skill == null || entry.skills().stream().anyMatch(this::isWantedSkill))
        && containsEveryWord(entry);
  }

  private boolean isWantedSkill(SkillTag tag) {
    return tag.referential() == skill.referential() && tag.code().equals(skill.code());
  }

  private boolean containsEveryWord(Entry entry) {
    if (words == null || words.isBlank()) {
      return true;
    }
    StringBuilder all = new StringBuilder(entry.text());
    entry.skills().forEach(tag -> all.append('\n').append(tag.label()));
    String haystack = Texts.fold(all.toString());
    return Arrays.stream(BLANKS.split(Texts.fold(words).strip())).allMatch(haystack::contains);
  }
}
