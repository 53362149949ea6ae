package org.parcours.portfolio.certification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlocTest {

  @Test
  void a_label_is_one_line_without_stray_blanks() {
    Bloc bloc =
        Bloc.of("RNCP1BC01", " Réaliser\tdes infographies\u00a0pour des supports \r\n numériques ");
    assertThat(bloc.label()).isEqualTo("Réaliser des infographies pour des supports numériques");
    assertThat(bloc.competences()).containsExactly(bloc.label());
  }

  @Test
  void a_sentence_wrapped_over_lines_stays_one_competence() {
    // RNCP32477BC06 as the 2024 export gives it.
    Bloc bloc =
        Bloc.of(
            "RNCP32477BC06",
            "Analyser la santé financière du garage/de la concession automobile, mesurer sa"
                + " rentabilité et\nproposer des solutions correctives et/ou de développement de"
                + " l’activité");
    assertThat(bloc.competences()).containsExactly(bloc.label());
  }

  @Test
  void bulleted_dashed_or_numbered_lines_are_one_competence_each() {
    assertThat(Bloc.of("B", "- Accueillir le client ;\n- Conseiller le client").competences())
        .containsExactly("Accueillir le client", "Conseiller le client");
    assertThat(Bloc.of("B", "• Accueillir\r\n• Conseiller\r\n• Vendre").competences())
        .containsExactly("Accueillir", "Conseiller", "Vendre");
    assertThat(Bloc.of("B", "1. Accueillir\n2) Conseiller\n3.Vendre").competences())
        .containsExactly("Accueillir", "Conseiller", "Vendre");
  }

  @Test
  void an_introduction_ending_with_a_colon_is_not_a_competence() {
    Bloc bloc = Bloc.of("B", "Être capable de :\n- planifier les travaux\n- encadrer une équipe");
    assertThat(bloc.label())
        .isEqualTo("Être capable de : - planifier les travaux - encadrer une équipe");
    assertThat(bloc.competences()).containsExactly("planifier les travaux", "encadrer une équipe");
  }

  @Test
  void lines_ending_with_a_semicolon_or_full_stop_are_one_competence_each() {
    assertThat(
            Bloc.of("B", "Planifier les travaux ;\nEncadrer une équipe.\nRendre compte")
                .competences())
        .containsExactly("Planifier les travaux", "Encadrer une équipe.", "Rendre compte");
  }

  @Test
  void dashes_inside_a_line_or_a_lone_list_line_do_not_split() {
    assertThat(Bloc.of("B", "U34 : Économie - Gestion").competences())
        .containsExactly("U34 : Économie - Gestion");
    assertThat(Bloc.of("B", "Gérer :\n- le stock").competences())
        .containsExactly("Gérer : - le stock");
  }

  @Test
  void a_blank_label_has_no_competence() {
    assertThat(Bloc.of("RNCP36769BC01", " ").competences()).isEmpty();
  }
}
