package org.parcours.portfolio.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small export written the way France Compétences writes it, with the Standard file our copy of
 * the real export lacks.
 */
class RncpExportTest {

  /**
   * The columns of {@code export_fiches_CSV_Standard_*.csv}, in the order the France Compétences
   * importer of mission-apprentissage/api-apprentissage declares them
   * (shared/models/source/france_competence/parts/source.france_competence.standard.model.ts), with
   * values like those of its tests ({@code NIV4}, {@code ACTIVE} / {@code INACTIVE}). The reader
   * goes by column name, so the order does not matter.
   */
  private static final String STANDARD_HEADER =
      "\"Id_Fiche\";\"Numero_Fiche\";\"Intitule\";\"Abrege_Libelle\";\"Abrege_Intitule\";"
          + "\"Nomenclature_Europe_Niveau\";\"Nomenclature_Europe_Intitule\";"
          + "\"Accessible_Nouvelle_Caledonie\";\"Accessible_Polynesie_Francaise\";"
          + "\"Date_dernier_jo\";\"Date_Decision\";\"Date_Fin_Enregistrement\";\"Date_Effet\";"
          + "\"Type_Enregistrement\";\"Validation_Partielle\";\"Actif\"\n";

  @TempDir Path data;

  private CertificationCatalogue writeExport() throws IOException {
    Path rncp = Files.createDirectory(data.resolve("rncp"));
    write(
        rncp.resolve("export_fiches_CSV_Standard_2024_01_16.csv"),
        STANDARD_HEADER + standard("RNCP300", "Ancien intitulé", "NIV3", "ACTIVE"));
    write(
        rncp.resolve("export_fiches_CSV_Standard_2024_01_17.csv"),
        STANDARD_HEADER
            + standard("RNCP100", "Formateur  logistique", "NIV5", "ACTIVE")
            + standard("RNCP200", "Responsable d'entrepôt", "NIV5", "INACTIVE")
            + standard("RNCP300", "Cariste d'entrepôt", "NIV3", "ACTIVE")
            + standard("RNCP400", "Agent de quai", "NIV3", "ACTIVE")
            + standard("RS5000", "Habilitation cariste", "", "ACTIVE"));
    write(
        rncp.resolve("export_fiches_CSV_Blocs_De_Compétences_2024_01_17.csv"),
        """
        "Numero_Fiche";"Bloc_Competences_Code";"Bloc_Competences_Libelle"
        "RNCP100";"RNCP100BC10";"Former un cariste"
        "RNCP100";"RNCP100BC02";"Être capable de :
        - préparer les commandes ;
        - charger les camions"
        "RNCP100";"RNCP100BC01";"Accueillir un stagiaire"
        "RNCP200";"RNCP200BC01";"Gérer un entrepôt"
        "RNCP300";"RNCP300BC01";"Conduire un chariot élévateur"
        """);
    write(
        rncp.resolve("export_fiches_CSV_Certificateurs_2024_01_17.csv"),
        """
        "Numero_Fiche";"Siret_Certificateur";"Nom_Certificateur"
        "RNCP100";"\t11111111111111";"AFPA"
        "RNCP200";"\t22222222222222";" CARISTES  DE FRANCE "
        "RNCP200";"\t33333333333333";"CARISTES DE FRANCE"
        """);
    write(
        rncp.resolve("export_fiches_CSV_Ancienne_Nouvelle_Certification_2024_01_17.csv"),
        """
        "Numero_Fiche";"Ancienne_Certification";"Nouvelle_Certification"
        "RNCP200";;"RNCP400"
        "RNCP400";"RNCP200";
        """);
    return CertificationCatalogue.load(data);
  }

  private static String standard(String number, String title, String level, String active) {
    return ("\"4637\";\"%s\";\"%s\";;;\"%s\";\"Niveau\";\"Non\";\"Non\";\"21/07/2018\";;"
            + "\"21/07/2026\";;\"Enregistrement sur demande\";;\"%s\"\n")
        .formatted(number, title, level, active);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void the_newest_standard_file_gives_title_level_and_active_flag() throws IOException {
    CertificationCatalogue catalogue = writeExport();
    Certification c = catalogue.byNumber("RNCP300").orElseThrow();
    assertThat(c.title()).isEqualTo("Cariste d'entrepôt");
    assertThat(c.displayName()).isEqualTo("Cariste d'entrepôt");
    assertThat(c.level()).isEqualTo("NIV3");
    assertThat(c.active()).isTrue();
    assertThat(catalogue.byNumber("RNCP200").orElseThrow().active()).isFalse();
    assertThat(catalogue.byNumber("RNCP100").orElseThrow().title())
        .isEqualTo("Formateur logistique");
  }

  @Test
  void a_title_ranks_before_a_certifier_which_ranks_before_a_bloc_label() throws IOException {
    assertThat(writeExport().search("caris", 10))
        .extracting(Certification::number)
        .containsExactly("RNCP300", "RNCP200", "RNCP100");
  }

  @Test
  void a_certification_without_blocs_is_known_but_not_offered() throws IOException {
    CertificationCatalogue catalogue = writeExport();
    assertThat(catalogue.size()).isEqualTo(4);
    assertThat(catalogue.byNumber("RNCP400").orElseThrow().blocs()).isEmpty();
    assertThat(catalogue.search("agent quai", 10)).isEmpty();
    assertThat(catalogue.search("RNCP400", 10)).isEmpty();
    assertThat(catalogue.byNumber("RNCP200").orElseThrow().successors()).containsExactly("RNCP400");
  }

  @Test
  void blocs_come_in_code_order_and_a_listed_label_gives_several_competences() throws IOException {
    Certification c = writeExport().byNumber("RNCP100").orElseThrow();
    assertThat(c.blocs())
        .extracting(Bloc::code)
        .containsExactly("RNCP100BC01", "RNCP100BC02", "RNCP100BC10");
    assertThat(c.blocs().get(1).competences())
        .containsExactly("préparer les commandes", "charger les camions");
  }

  @Test
  void certifiers_are_named_once_on_one_line() throws IOException {
    CertificationCatalogue catalogue = writeExport();
    assertThat(catalogue.byNumber("RNCP100").orElseThrow().certifiers()).containsExactly("AFPA");
    assertThat(catalogue.byNumber("RNCP200").orElseThrow().certifiers())
        .containsExactly("CARISTES DE FRANCE");
  }

  @Test
  void without_the_export_files_the_catalogue_is_empty() {
    CertificationCatalogue catalogue = CertificationCatalogue.load(data);
    assertThat(catalogue.size()).isZero();
    assertThat(catalogue.search("cariste", 10)).isEmpty();
    assertThat(catalogue.byNumber("RNCP300")).isEmpty();
  }
}
