package org.parcours.portfolio.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SkillCatalogueTest {

  private final SkillCatalogue catalogue =
      new SkillCatalogue(
          List.of(
              labelled(Referential.ROME, "1", "Souder des pièces métalliques"),
              labelled(Referential.ESCO, "http://e/2", "souder"),
              labelled(Referential.ESCO, "http://e/3", "Élaborer un plan de soins"),
              new SkillCatalogue.Labelled(
                  new Skill(Referential.ESCO, "http://e/4", "conduire un chariot", null),
                  List.of("cariste"))));

  private static SkillCatalogue.Labelled labelled(Referential r, String code, String label) {
    return new SkillCatalogue.Labelled(new Skill(r, code, label, null), List.of());
  }

  @Test
  void typed_words_match_word_starts_whatever_the_accents_and_case() {
    assertThat(catalogue.search("ELAB soi", Set.of(), 10))
        .extracting(Skill::label)
        .containsExactly("Élaborer un plan de soins");
  }

  @Test
  void a_label_that_starts_with_the_text_comes_first_then_shorter_labels() {
    assertThat(catalogue.search("soud", Set.of(), 10))
        .extracting(Skill::label)
        .containsExactly("souder", "Souder des pièces métalliques");
  }

  @Test
  void synonyms_find_the_skill_under_its_preferred_label() {
    assertThat(catalogue.search("cariste", Set.of(), 10))
        .extracting(Skill::label)
        .containsExactly("conduire un chariot");
  }

  @Test
  void the_search_keeps_to_the_referentials_asked_and_to_the_limit() {
    assertThat(catalogue.search("soud", Set.of(Referential.ROME), 10))
        .extracting(Skill::code)
        .containsExactly("1");
    assertThat(catalogue.search("s", Set.of(), 1)).hasSize(1);
  }

  @Test
  void nothing_typed_or_nothing_matching_finds_nothing() {
    assertThat(catalogue.search("  ", Set.of(), 10)).isEmpty();
    assertThat(catalogue.search("soud plomberie", Set.of(), 10)).isEmpty();
  }

  @Test
  void a_skill_is_found_by_its_referential_and_code_only() {
    assertThat(catalogue.find(Referential.ROME, "1")).isPresent();
    assertThat(catalogue.find(Referential.ESCO, "1")).isEmpty();
  }
}
