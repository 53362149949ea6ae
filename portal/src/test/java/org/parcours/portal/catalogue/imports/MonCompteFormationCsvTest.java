package org.parcours.portal.catalogue.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parcours.portal.catalogue.TestOffers;
import org.parcours.portal.catalogue.demo.CatalogueGenerator;
import org.parcours.portfolio.catalogue.Category;
import org.parcours.portfolio.catalogue.Modality;
import org.parcours.portfolio.catalogue.Offer;

class MonCompteFormationCsvTest {

  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

  private static ImportReport read(String csv, int maxRows) throws IOException {
    return MonCompteFormationCsv.read(new StringReader(csv), null, NOW, maxRows);
  }

  @Test
  void a_generated_catalogue_imports_back() throws IOException {
    CatalogueGenerator generator = CatalogueGenerator.load(TestOffers.dataDir());
    List<Offer> generated = generator.offers(3, 300).toList();
    StringBuilder csv = new StringBuilder();
    assertThat(generator.writeCsv(3, 300, csv)).isEqualTo(300);
    assertThat(csv.toString().lines().findFirst().orElseThrow())
        .startsWith("date_extract;nom_of;nom_departement;nom_region;type_referentiel");

    ImportReport report = read(csv.toString(), 1_000);

    assertThat(report.problems()).isEmpty();
    assertThat(report.offers()).hasSize(300);
    for (int i = 0; i < generated.size(); i++) {
      Offer before = generated.get(i);
      Offer after = report.offers().get(i);
      assertThat(after.id()).isEqualTo(before.id());
      assertThat(after.title()).isEqualTo(before.title());
      assertThat(after.partnerName()).isEqualTo(before.partnerName());
      assertThat(after.description()).isEqualTo(before.description());
      assertThat(after.priceCents()).isEqualTo(before.priceCents());
      assertThat(after.durationHours()).isEqualTo(before.durationHours());
      assertThat(after.rncpCodes()).isEqualTo(before.rncpCodes());
      assertThat(after.romeCodes()).isEqualTo(before.romeCodes());
      assertThat(after.modality()).isEqualTo(before.modality());
      if (!before.places().isEmpty()) {
        assertThat(after.places().getFirst().departmentCode())
            .isEqualTo(before.places().getFirst().departmentCode());
        assertThat(after.places().getFirst().regionName())
            .isEqualTo(before.places().getFirst().regionName());
      }
    }
  }

  private static final String HEADER = String.join(";", MonCompteFormationCsv.COLUMNS);

  private static String row(String title, String price) {
    String[] values = new String[MonCompteFormationCsv.COLUMNS.size()];
    java.util.Arrays.fill(values, "");
    set(values, "nom_of", "Cap Emploi Rennes");
    set(values, "siret", "12345678900012");
    set(values, "numero_formation", title.replace(' ', '-'));
    set(values, "intitule_formation", title);
    set(values, "type_referentiel", "RNCP");
    set(values, "code_rncp", "35185");
    set(values, "nb_session_active", "2");
    set(values, "nb_session_a_distance", "1");
    set(values, "nombre_heures_total_mean", "24");
    set(values, "frais_ttc_tot_mean", price);
    set(values, "code_departement", "35");
    set(values, "nom_region", "Bretagne");
    return String.join(";", values);
  }

  private static void set(String[] values, String column, String value) {
    values[MonCompteFormationCsv.COLUMNS.indexOf(column)] = value;
  }

  @Test
  void a_bad_price_is_reported_with_its_line_and_the_other_rows_imported() throws IOException {
    String csv =
        String.join(
            "\n",
            HEADER,
            row("Bilan de compétences", "1490.5"),
            row("Comptabilité", "mille euros"),
            row("Paie", "990"),
            "");

    ImportReport report = read(csv, 100);

    assertThat(report.offers())
        .extracting(Offer::title)
        .containsExactly("Bilan de compétences", "Paie");
    assertThat(report.offers().getFirst().priceCents()).isEqualTo(149_050L);
    assertThat(report.offers().getFirst().category()).isEqualTo(Category.BILAN_COMPETENCES);
    assertThat(report.offers().getFirst().modality()).isEqualTo(Modality.MIXED);
    assertThat(report.offers().getFirst().rncpCodes()).containsExactly("RNCP35185");
    assertThat(report.offers().getFirst().cpfEligible()).isTrue();
    assertThat(report.offers().getFirst().partnerId())
        .isEqualTo(report.offers().get(1).partnerId())
        .isNotEqualTo(UUID.fromString("00000000-0000-0000-0000-000000000000"));
    assertThat(report.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.line()).isEqualTo(3);
          assertThat(p.reason())
              .contains("frais_ttc_tot_mean 'mille euros'")
              .contains("price in euros");
        });
  }

  @Test
  void a_missing_column_is_reported_and_nothing_imported() throws IOException {
    String header = HEADER.replace(";frais_ttc_tot_mean", "");
    ImportReport report = read(header + "\n", 100);
    assertThat(report.offers()).isEmpty();
    assertThat(report.complete()).isFalse();
    assertThat(report.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("frais_ttc_tot_mean"));
    assertThat(read("", 100).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("nom_of"));
  }

  @Test
  void rows_beyond_the_cap_are_not_read() throws IOException {
    String csv = String.join("\n", HEADER, row("Un", "1"), row("Deux", "2"), row("Trois", "3"), "");
    ImportReport report = read(csv, 2);
    assertThat(report.offers()).hasSize(2);
    assertThat(report.complete()).isFalse();
    assertThat(report.problems().getFirst().reason()).contains("more than the 2 rows");
  }
}
