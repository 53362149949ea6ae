package org.parcours.portal.catalogue.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcours.portal.catalogue.TestOffers;
import org.parcours.portfolio.catalogue.Category;
import org.parcours.portfolio.catalogue.Modality;
import org.parcours.portfolio.catalogue.Offer;

class CatalogueGeneratorTest {

  private static CatalogueGenerator generator;

  @BeforeAll
  static void load() {
    generator = CatalogueGenerator.load(TestOffers.dataDir());
  }

  @Test
  void the_same_seed_gives_the_same_catalogue() {
    List<Offer> first = generator.offers(42, 500).toList();
    assertThat(generator.offers(42, 500).toList()).isEqualTo(first);
    assertThat(generator.offers(42, 600).limit(500).toList()).isEqualTo(first);
    assertThat(generator.offers(43, 500).toList()).isNotEqualTo(first);
  }

  @Test
  void offers_look_like_a_real_catalogue() {
    List<Offer> offers = generator.offers(7, 5_000).toList();

    assertThat(offers).extracting(Offer::id).doesNotHaveDuplicates();
    Map<Category, Long> byCategory =
        offers.stream().collect(Collectors.groupingBy(Offer::category, Collectors.counting()));
    assertThat(byCategory).containsOnlyKeys(Category.values());
    assertThat(byCategory.get(Category.FORMATION)).isBetween(2_500L, 3_000L);
    assertThat(offers)
        .filteredOn(o -> o.modality() != Modality.REMOTE)
        .allSatisfy(o -> assertThat(o.places()).isNotEmpty().allMatch(p -> p.located()));
    assertThat(offers)
        .filteredOn(o -> o.category() == Category.FORMATION)
        .allSatisfy(o -> {
          assertThat(o.rncpCodes()).hasSize(1);
          assertThat(o.blocCodes())
              .isNotEmpty()
              .allMatch(b -> b.startsWith(o.rncpCodes().getFirst() + "BC"));
        });
    assertThat(offers).allMatch(o -> o.description().contains("Compétences travaillées"));
    assertThat(offers.stream().map(Offer::partnerName).distinct().count()).isBetween(20L, 40L);
    assertThat(
            offers.stream()
                .filter(o -> o.places().stream().anyMatch(p -> p.communeName().startsWith("Paris")))
                .count())
        .isGreaterThan(50);
  }
}
