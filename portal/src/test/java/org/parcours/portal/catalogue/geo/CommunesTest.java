package org.parcours.portal.catalogue.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcours.portal.catalogue.TestOffers;

class CommunesTest {

  private static Communes communes;

  @BeforeAll
  static void load() {
    communes = Communes.load(TestOffers.dataDir());
  }

  @Test
  void the_real_file_loads_with_its_quirks_repaired() {
    assertThat(communes.all()).hasSizeGreaterThan(39_000);
    Commune abergement = communes.byPostalCode("1400").getFirst();
    assertThat(abergement.postalCode()).isEqualTo("01400");
    assertThat(abergement.departmentCode()).isEqualTo("01");
    assertThat(communes.byPostalCode("01400")).contains(abergement);
    assertThat(communes.regionNames()).contains("Bretagne", "Île-de-France", "La Réunion");
  }

  @Test
  void the_picker_ignores_case_accents_and_hyphens() {
    assertThat(communes.byNamePrefix("villeurb", 5))
        .extracting(Commune::name, Commune::departmentCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Villeurbanne", "69"));
    assertThat(communes.byNamePrefix("saint etienne", 50))
        .extracting(Commune::name)
        .contains("Saint-Étienne");
    assertThat(communes.byNamePrefix("lyon 0", 3)).allMatch(c -> c.name().startsWith("Lyon 0"));
    assertThat(communes.byNamePrefix("", 10)).isEmpty();
    assertThat(communes.byNamePrefix("a", 1_000)).hasSize(Communes.PICKER_MAX);
  }

  @Test
  void a_place_from_a_commune_has_its_coordinates() {
    Commune lyon = communes.byPostalCode("69001").getFirst();
    assertThat(lyon.toPlace().latitude()).isBetween(45.7, 45.8);
    assertThat(lyon.toPlace().regionName()).isEqualTo("Auvergne-Rhône-Alpes");
  }

  @Test
  void rows_without_coordinates_or_with_odd_codes_are_kept_or_skipped_sensibly()
      throws IOException {
    String csv =
        """
        code_postal;libelle_acheminement;latitude;longitude;nom_commune;nom_commune_complet;code_departement;nom_departement;nom_region
        55000;CULEY;;;Culey;Culey;55;Meuse;Grand Est
        20000;AJACCIO;41.9;8.7;Ajaccio;Ajaccio;2A;Corse-du-Sud;Corse
        99999;NULLE PART;1;1;Nulle part;Nulle part;XYZ;;
        """;
    Communes small = Communes.read(new StringReader(csv));
    assertThat(small.all()).extracting(Commune::name).containsExactly("Culey", "Ajaccio");
    assertThat(small.all().getFirst().located()).isFalse();
    assertThat(small.all().get(1).departmentCode()).isEqualTo("2A");
  }
}
