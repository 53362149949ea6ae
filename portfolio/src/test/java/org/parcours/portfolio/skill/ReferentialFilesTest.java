package org.parcours.portfolio.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the real open-data files of the configured folder ({@code parcours.data.dir}). */
class ReferentialFilesTest {

  private static SkillCatalogue catalogue;

  @BeforeAll
  static void load() {
    Path dir = Path.of(System.getProperty("parcours.data.dir", "../../shared/data"));
    assertThat(dir.resolve(ReferentialFiles.ESCO))
        .as("the referentials folder (PARCOURS_DATA_DIR / parcours.data.dir)")
        .matches(Files::isReadable);
    catalogue = ReferentialFiles.load(dir);
  }

  @Test
  void every_referential_brings_all_its_skills() {
    assertThat(catalogue.counts())
        .containsEntry(Referential.ESCO, 13_485)
        .containsEntry(Referential.PIX, 16)
        .containsEntry(Referential.RNCP, 34_351);
    assertThat(catalogue.counts().get(Referential.ROME)).isGreaterThan(18_000);
  }

  @Test
  void a_rncp_bloc_keeps_its_code_its_certification_and_a_one_line_label() {
    Skill bloc = catalogue.find(Referential.RNCP, "RNCP183BC03").orElseThrow();
    assertThat(bloc.context()).isEqualTo("RNCP183");
    assertThat(bloc.label()).startsWith("Réaliser, sur instruction").doesNotContain("\n");
  }

  @Test
  void a_pix_competence_is_labelled_with_its_index_and_area() {
    assertThat(catalogue.search("sécuriser l'environnement numérique", Set.of(Referential.PIX), 5))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.label()).isEqualTo("4.1 Sécuriser l'environnement numérique");
          assertThat(c.context()).isEqualTo("4. Protection et sécurité");
        });
  }

  @Test
  void french_words_typed_without_accents_find_esco_and_rome_skills() {
    assertThat(catalogue.search("soins hygiene", Set.of(Referential.ESCO, Referential.ROME), 20))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(SkillCatalogue.normalize(s.label())).contains("hygien"));
  }
}
