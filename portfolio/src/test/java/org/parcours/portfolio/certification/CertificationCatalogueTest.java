package org.parcours.portfolio.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcours.portfolio.shared.Texts;

/**
 * Loads the real RNCP export of the configured folder ({@code parcours.data.dir}): the 2024-01-17
 * export without its Standard file, so certifications have no title.
 */
class CertificationCatalogueTest {

  private static final String CNAM = "CONSERVATOIRE NATIONAL DES ARTS ET METIERS";

  private static CertificationCatalogue catalogue;

  @BeforeAll
  static void load() {
    Path dir = Path.of(System.getProperty("parcours.data.dir", "../../shared/data"));
    assertThat(dir.resolve("rncp"))
        .as("the referentials folder (PARCOURS_DATA_DIR / parcours.data.dir)")
        .matches(Files::isDirectory);
    catalogue = CertificationCatalogue.load(dir);
  }

  @Test
  void every_certification_and_bloc_of_the_export_is_there() {
    assertThat(catalogue.size()).isEqualTo(6_844);
    assertThat(catalogue.blocCount()).isEqualTo(34_351);
  }

  @Test
  void a_certification_has_its_blocs_in_code_order_its_certifier_and_its_successor() {
    Certification c = catalogue.byNumber("RNCP183").orElseThrow();
    assertThat(c.blocs())
        .extracting(Bloc::code, Bloc::label)
        .containsExactly(
            tuple(
                "RNCP183BC01",
                "Monter et mettre en service des installations frigorifiques monopostes positives"
                    + " et négatives"),
            tuple(
                "RNCP183BC02",
                "Assurer la maintenance des installations frigorifiques mono-étagés de type"
                    + " monoposte et de climatisation"),
            tuple(
                "RNCP183BC03",
                "Réaliser, sur instruction, l'assemblage et la maintenance systématique des"
                    + " installations de froid commercial complexes et centralisées"));
    assertThat(c.certifiers())
        .containsExactly("MINISTERE DU TRAVAIL DU PLEIN EMPLOI ET DE L' INSERTION");
    assertThat(c.successors()).containsExactly("RNCP37876");
    assertThat(catalogue.byNumber("RNCP872").orElseThrow().successors())
        .containsExactly("RNCP37897", "RNCP35700");
  }

  @Test
  void without_the_standard_file_a_certification_is_named_by_number_and_certifier() {
    Certification c = catalogue.byNumber("RNCP183").orElseThrow();
    assertThat(c.title()).isNull();
    assertThat(c.level()).isNull();
    assertThat(c.active()).isNull();
    assertThat(c.displayName())
        .isEqualTo("RNCP183 – MINISTERE DU TRAVAIL DU PLEIN EMPLOI ET DE L' INSERTION");
  }

  @Test
  void a_number_is_read_as_people_write_it() {
    for (String typed : List.of("RNCP35185", "rncp 35185", "35185", " RNCP 35185 ", "RNCP035185")) {
      assertThat(catalogue.byNumber(typed))
          .as(typed)
          .get()
          .extracting(Certification::number)
          .isEqualTo("RNCP35185");
    }
    assertThat(catalogue.byNumber("RNCP99999")).isEmpty();
    assertThat(catalogue.byNumber("RNCP35185BC01")).isEmpty();
    assertThat(catalogue.byNumber(null)).isEmpty();
  }

  @Test
  void a_bloc_is_found_by_its_code_in_any_case() {
    assertThat(catalogue.bloc("rncp35185bc05"))
        .get()
        .extracting(Bloc::label)
        .isEqualTo("Élaborer une stratégie de valorisation d’un produit du rayon");
    assertThat(catalogue.bloc("RNCP35185BC99")).isEmpty();
    assertThat(catalogue.bloc(null)).isEmpty();
  }

  @Test
  void labels_lose_their_line_breaks_and_stray_spaces() {
    assertThat(catalogue.bloc("RNCP32477BC06").orElseThrow().label())
        .isEqualTo(
            "Analyser la santé financière du garage/de la concession automobile, mesurer sa"
                + " rentabilité et proposer des solutions correctives et/ou de développement de"
                + " l’activité");
    assertThat(catalogue.bloc("RNCP213BC01").orElseThrow().label()).startsWith("Assurer la");
    assertThat(catalogue.bloc("RNCP35185BC09").orElseThrow().label())
        .isEqualTo("Animer un point de vente de produits alimentaires");
    assertThat(catalogue.bloc("RNCP36769BC01").orElseThrow().competences()).isEmpty();
  }

  @Test
  void words_of_a_bloc_typed_without_accents_find_its_certification() {
    List<Certification> found = catalogue.search("elaborer strategie valorisation produit ray", 10);
    assertThat(found).extracting(Certification::number).contains("RNCP35185");
    assertThat(found)
        .allSatisfy(c ->
            assertThat(c.blocs())
                .anySatisfy(b -> assertThat(Texts.fold(b.label())).contains("valorisation")));
    assertThat(catalogue.search("mettre en oeuvre savoirs scientifiques", 50))
        .extracting(Certification::number)
        .contains("RNCP35185");
  }

  @Test
  void the_last_word_may_be_unfinished_while_the_others_are_whole() {
    assertThat(catalogue.search("frigorifiques monopost", 10))
        .extracting(Certification::number)
        .startsWith("RNCP183");
    assertThat(catalogue.search("frigorifiq monopostes", 10)).isEmpty();
  }

  @Test
  void a_certifier_name_finds_its_certifications_before_mere_bloc_matches() {
    List<Certification> found = catalogue.search("conservatoire national arts metiers", 50);
    assertThat(found).hasSize(50).allSatisfy(c -> assertThat(c.certifiers()).contains(CNAM));
    assertThat(found)
        .extracting(Certification::number)
        .isSortedAccordingTo(CertificationCatalogue.NUMBER_ORDER);
  }

  @Test
  void a_number_puts_its_certification_first_and_a_partial_one_lists_those_it_starts() {
    assertThat(catalogue.search("35185", 10))
        .extracting(Certification::number)
        .containsExactly("RNCP35185");
    assertThat(catalogue.search("RNCP 3518", 3))
        .extracting(Certification::number)
        .containsExactly("RNCP35180", "RNCP35181", "RNCP35182");
  }

  @Test
  void a_search_lists_at_most_fifty_certifications() {
    assertThat(catalogue.search("a", 1_000)).hasSize(CertificationCatalogue.MAX_RESULTS);
    assertThat(catalogue.search("a", 3)).hasSize(3);
    assertThat(catalogue.search("a", 0)).isEmpty();
  }

  @Test
  void odd_input_finds_nothing_and_breaks_nothing() {
    assertThat(catalogue.search(null, 10)).isEmpty();
    assertThat(catalogue.search("   ", 10)).isEmpty();
    assertThat(catalogue.search("(*[", 10)).isEmpty();
    assertThat(catalogue.search("RNCP99999", 10)).isEmpty();
    assertThat(catalogue.search("frigorifiques " + "x".repeat(200), 10)).isEmpty();
    assertThat(catalogue.search("frigorifiques (*[ monopost", 10))
        .extracting(Certification::number)
        .startsWith("RNCP183");
  }
}
