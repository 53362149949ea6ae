package org.parcours.portal.catalogue.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcours.plugin.guidance.GuidanceOffer;
import org.parcours.portal.catalogue.geo.Commune;
import org.parcours.portfolio.catalogue.Category;
import org.parcours.portfolio.catalogue.Modality;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.catalogue.feed.FeedCandidate;

/** A provider's offer is read as a partner's typed offer is, and hostile sizes never go further. */
class GuidanceOfferReaderTest {

  private static final Commune LYON_3 =
      new Commune("69003", "Lyon 3e", "69", "Rhône", "Auvergne-Rhône-Alpes", 45.76, 4.85);

  private final GuidanceOfferReader reader =
      new GuidanceOfferReader(
          code -> code.equals("69003") ? Optional.of(LYON_3) : Optional.empty());

  @Test
  void aValidOfferGetsTheCatalogueValuesAndItsPlacesFromTheCommunes() {
    FeedCandidate candidate =
        reader.read(offer("vae-accompagnement", "mixed", Set.of("69003"), Set.of("rncp 35830")));

    Offer offer = candidate.offer();
    assertThat(candidate.reference()).isEqualTo("ref-1");
    assertThat(offer.category()).isEqualTo(Category.VAE_ACCOMPAGNEMENT);
    assertThat(offer.modality()).isEqualTo(Modality.MIXED);
    assertThat(offer.places())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.communeName()).isEqualTo("Lyon 3e");
          assertThat(p.located()).isTrue();
        });
    assertThat(offer.rncpCodes()).containsExactly("RNCP35830");
  }

  @Test
  void theSameContentReadsTheSameWhateverTheOrderOfItsSets() {
    Offer one =
        reader.read(offer("formation", "remote", Set.of(), Set.of("RNCP1", "RNCP2"))).offer();
    Offer two =
        reader.read(offer("formation", "remote", Set.of(), Set.of("RNCP2", "RNCP1"))).offer();

    assertThat(one.withIdentity(one.id(), one.updatedAt()))
        .isEqualTo(two.withIdentity(one.id(), one.updatedAt()));
  }

  @Test
  void anInvalidOfferIsRefusedWithAReasonForTheProvider() {
    assertThat(reader.read(offer("astrologie", "remote", Set.of(), Set.of())).refusal())
        .startsWith("the category should be one of bilan-competences, coaching");
    assertThat(reader.read(offer("coaching", "in-person", Set.of("00000"), Set.of())).refusal())
        .isEqualTo("No commune has the postal code '00000'.");
    assertThat(reader.read(offer("coaching", "in-person", Set.of(), Set.of())).refusal())
        .contains("add at least one place");
    assertThat(reader.read(offer("coaching", "remote", Set.of(), Set.of("RNCPX"))).refusal())
        .contains("is not a RNCP certification code");
    assertThat(reader.read(null).refusal()).isEqualTo("the answer holds a null offer");
  }

  @Test
  void hostileSizesAreRefusedBeforeAnyOfTheTextIsRead() {
    String huge = "RNCP" + "1".repeat(1_000_000);

    String refusal = reader.read(offer("coaching", "remote", Set.of(), Set.of(huge))).refusal();

    assertThat(refusal).isEqualTo("a postal, RNCP or ROME code is longer than 20 characters");
    GuidanceOffer longTitle =
        new GuidanceOffer(
            "ref-2",
            "t".repeat(10_000),
            "d",
            "coaching",
            "remote",
            Set.of(),
            null,
            null,
            false,
            Set.of(),
            Set.of(),
            null);
    assertThat(reader.read(longTitle).refusal()).contains("far longer");
  }

  private static GuidanceOffer offer(
      String category, String modality, Set<String> postalCodes, Set<String> rncpCodes) {
    return new GuidanceOffer(
        "ref-1",
        "Accompagnement VAE",
        "Six entretiens.",
        category,
        modality,
        postalCodes,
        24,
        120_000L,
        true,
        rncpCodes,
        Set.of("J1501"),
        null);
  }
}
