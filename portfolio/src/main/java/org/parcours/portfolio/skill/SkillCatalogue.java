package org.parcours.portfolio.skill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.parcours.portfolio.shared.Texts;

/**
 * Every skill of the loaded referentials, found by code or by the words of its labels as a person
 * types them: accents and case do not matter, and each word typed may be the start of a word.
 */
public final class SkillCatalogue {

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final List<Skill> skills;
  private final String[] normalizedLabels;
  private final Map<Referential, Map<String, Skill>> byCode = new EnumMap<>(Referential.class);
  // word -> indexes of the skills whose labels hold it; sorted, so a prefix is a sub-map.
  private final TreeMap<String, BitSet> words = new TreeMap<>();

  /**
   * @param skills the skills, each with the other labels (synonyms) a search should also match
   */
  public SkillCatalogue(Collection<Labelled> skills) {
    this.skills = new ArrayList<>(skills.size());
    this.normalizedLabels = new String[skills.size()];
    for (Referential r : Referential.values()) {
      byCode.put(r, new HashMap<>());
    }
    int index = 0;
    for (Labelled labelled : skills) {
      Skill skill = labelled.skill();
      if (byCode.get(skill.referential()).putIfAbsent(skill.code(), skill) != null) {
        continue; // a referential file listing a code twice: the first wins
      }
      this.skills.add(skill);
      normalizedLabels[index] = normalize(skill.label());
      for (String word : wordsOf(skill.label() + " " + String.join(" ", labelled.synonyms()))) {
        words.computeIfAbsent(word, w -> new BitSet()).set(index);
      }
      index++;
    }
  }

  /** A skill and its other labels. */
  public record Labelled(Skill skill, List<String> synonyms) {}

  public int size() {
    return skills.size();
  }

  /** How many skills each referential brought. */
  public Map<Referential, Integer> counts() {
    Map<Referential, Integer> counts = new EnumMap<>(Referential.class);
    byCode.forEach((r, codes) -> counts.put(r, codes.size()));
    return counts;
  }

  /**
   * Every skill of a referential, in the order of its file (the demo catalogue draws from them).
   */
  public List<Skill> all(Referential referential) {
    return skills.stream().filter(s -> s.referential() == referential).toList();
  }

  public Optional<Skill> find(Referential referential, String code) {
    return Optional.ofNullable(byCode.get(referential).get(code));
  }

  /**
   * The skills whose labels hold a word starting with each word typed, best first: a label that
   * starts with the text typed, then shorter labels.
   *
   * @param text what the person typed
   * @param among the referentials to look in; all when empty
   * @param limit at most this many
   */
  public List<Skill> search(String text, Set<Referential> among, int limit) {
    List<String> typed = wordsOf(text == null ? "" : text);
    if (typed.isEmpty()) {
      return List.of();
    }
    BitSet hits = null;
    for (String word : typed) {
      BitSet withWord = new BitSet();
      words.subMap(word, true, word + Character.MAX_VALUE, false).values().forEach(withWord::or);
      if (hits == null) {
        hits = withWord;
      } else {
        hits.and(withWord);
      }
      if (hits.isEmpty()) {
        return List.of();
      }
    }
    Set<Referential> wanted = among.isEmpty() ? EnumSet.allOf(Referential.class) : among;
    String phrase = String.join(" ", typed);
    List<Integer> found = new ArrayList<>();
    hits.stream().filter(i -> wanted.contains(skills.get(i).referential())).forEach(found::add);
    Comparator<Integer> best =
        Comparator.<Integer>comparingInt(i -> normalizedLabels[i].startsWith(phrase) ? 0 : 1)
            .thenComparingInt(i -> normalizedLabels[i].length())
            .thenComparing(i -> normalizedLabels[i]);
    return found.stream().sorted(best).limit(limit).map(skills::get).toList();
  }

  static String normalize(String text) {
    return Texts.fold(text).strip();
  }

  private static List<String> wordsOf(String text) {
    return Arrays.stream(NOT_WORD.split(normalize(text))).filter(w -> !w.isEmpty()).toList();
  }
}
