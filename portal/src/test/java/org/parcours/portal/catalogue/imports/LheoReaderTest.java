package org.parcours.portal.catalogue.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.portal.catalogue.TestOffers;
import org.parcours.portfolio.catalogue.Category;
import org.parcours.portfolio.catalogue.Modality;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.catalogue.Place;
import org.parcours.portfolio.catalogue.Session;

class LheoReaderTest {

  private static final UUID PARTNER = UUID.fromString("00000000-0000-0000-0000-000000000029");
  private static final Path SAMPLE =
      Path.of("catalogue-offres", "lheo", "exemple-bts-onisep.lheo-2.2.xml");

  private final LheoReader reader =
      new LheoReader(PARTNER, Instant.parse("2025-03-01T10:00:00Z"), 10_000_000, 1_000);

  private static String sample() throws IOException {
    return Files.readString(TestOffers.dataDir().resolve(SAMPLE), StandardCharsets.UTF_8);
  }

  private ImportReport read(String xml) {
    return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void the_real_onisep_sample_becomes_an_offer() throws IOException {
    ImportReport report;
    try (InputStream in = Files.newInputStream(TestOffers.dataDir().resolve(SAMPLE))) {
      report = reader.read(in);
    }

    assertThat(report.problems()).isEmpty();
    assertThat(report.complete()).isTrue();
    assertThat(report.offers()).hasSize(1);
    Offer offer = report.offers().getFirst();
    assertThat(offer.title()).isEqualTo("BTS négociation et relation client");
    assertThat(offer.partnerName()).isEqualTo("Lycée Kerneuzec");
    assertThat(offer.partnerId()).isEqualTo(PARTNER);
    assertThat(offer.category()).isEqualTo(Category.FORMATION);
    assertThat(offer.modality()).isEqualTo(Modality.IN_PERSON);
    assertThat(offer.rncpCodes()).containsExactly("RNCP474");
    assertThat(offer.romeCodes()).containsExactly("D1402", "D1403", "D1408");
    assertThat(offer.formacodes()).containsExactly("34582", "34076");
    assertThat(offer.places())
        .containsExactly(
            new Place("29233", "29391", "QUIMPERLÉ", "29", "Bretagne", 47.882108, -3.5526545));
    assertThat(offer.sessions())
        .containsExactly(new Session(LocalDate.of(2015, 9, 1), LocalDate.of(2017, 8, 31)));
    // HTML escaped inside the XML comes out as plain text, not markup.
    assertThat(offer.description())
        .startsWith("A la fois vendeur, manager et commercial")
        .contains("Les objectifs :")
        .contains("- Gestion de clientèles")
        .doesNotContain("<p>", "&lt;", "<b>");
    assertThat(read(sample()).offers().getFirst().id())
        .as("importing the same file again updates the same offer")
        .isEqualTo(offer.id());
  }

  @Test
  void a_malformed_file_reports_the_line_and_keeps_what_came_before() throws IOException {
    String xml = sample();
    String twoFormations =
        xml.replace(
            "</offres>",
            xml.substring(xml.indexOf("<formation "), xml.indexOf("</offres>"))
                    .replace("numero=\"9436_18706\"", "numero=\"second\"")
                    .replace("</intitule-formation>", "</intitule>")
                + "</offres>");
    long brokenLine =
        twoFormations.substring(0, twoFormations.indexOf("</intitule>")).lines().count();

    ImportReport report = read(twoFormations);

    assertThat(report.offers()).hasSize(1);
    assertThat(report.complete()).isFalse();
    assertThat(report.problems()).hasSize(1);
    assertThat(report.problems().getFirst().line()).isEqualTo(brokenLine);
    assertThat(report.problems().getFirst().reason()).contains("malformed");
  }

  @Test
  void an_invalid_offer_is_reported_and_the_others_imported() throws IOException {
    String xml = sample();
    String body = xml.substring(xml.indexOf("<formation "), xml.indexOf("</offres>"));
    String withBadSecond =
        xml.replace(
            "</offres>",
            body.replace("numero=\"9436_18706\"", "numero=\"F2\"")
                    .replace("<code-RNCP>474</code-RNCP>", "<code-RNCP>quatre</code-RNCP>")
                + "</offres>");
    long secondLine =
        withBadSecond.substring(0, withBadSecond.indexOf("numero=\"F2\"")).lines().count();

    ImportReport report = read(withBadSecond);

    assertThat(report.offers()).hasSize(1);
    assertThat(report.complete()).isTrue();
    assertThat(report.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.line()).isEqualTo(secondLine);
          assertThat(p.reason()).contains("Formation F2").contains("quatre").contains("RNCP35185");
        });
  }

  @Test
  void an_external_entity_is_refused_and_never_read(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "mot de passe");
    String xxe =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE lheo [ <!ENTITY xxe SYSTEM "%s"> ]>
        <lheo xmlns="http://www.lheo.org/2.2"><offres><formation numero="1">
        <intitule-formation>&xxe;</intitule-formation>
        </formation></offres></lheo>
        """
            .formatted(secret.toUri());

    ImportReport report = read(xxe);

    assertThat(report.offers()).isEmpty();
    assertThat(report.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.reason()).contains("DOCTYPE");
          assertThat(p.reason()).doesNotContain("mot de passe");
        });
  }

  @Test
  void a_file_over_the_size_cap_is_stopped() throws IOException {
    LheoReader small = new LheoReader(PARTNER, Instant.now(), 2_000, 1_000);
    ImportReport report =
        small.read(new ByteArrayInputStream(sample().getBytes(StandardCharsets.UTF_8)));
    assertThat(report.complete()).isFalse();
    assertThat(report.problems().getFirst().reason()).contains("larger than the 2000 bytes");
  }
}
