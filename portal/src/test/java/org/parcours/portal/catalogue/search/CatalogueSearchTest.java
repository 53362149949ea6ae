package org.parcours.portal.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parcours.portal.catalogue.TestOffers.LYON;
import static org.parcours.portal.catalogue.TestOffers.PARIS;
import static org.parcours.portal.catalogue.TestOffers.QUIMPER;
import static org.parcours.portal.catalogue.TestOffers.offer;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcours.portal.catalogue.TestOffers;
import org.parcours.portal.catalogue.geo.Commune;
import org.parcours.portal.catalogue.geo.Communes;
import org.parcours.portfolio.catalogue.Category;
import org.parcours.portfolio.catalogue.Modality;
import org.parcours.portfolio.catalogue.Offer;

class CatalogueSearchTest {

  private CatalogueIndex index;

  @BeforeEach
  void open() throws IOException {
    index = CatalogueIndex.inMemory();
    assertThat(index.open().state()).isEqualTo(IndexStatus.State.MISSING);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private void add(Offer... offers) throws IOException {
    for (Offer o : offers) {
      index.upsert(o);
    }
  }

  private List<String> titles(String text) throws IOException {
    return titles(CatalogueQuery.builder().text(text).build());
  }

  private List<String> titles(CatalogueQuery query) throws IOException {
    return index.search(query).hits().stream().map(CatalogueHit::title).toList();
  }

  @Test
  void accents_and_word_forms_do_not_matter() throws IOException {
    add(
        offer("Devenir électricienne du bâtiment").build(),
        offer("Habilitation électrique").description("Travaux d'électricité en sécurité").build(),
        offer("Boulanger").build());

    assertThat(titles("electricienne")).containsExactly("Devenir électricienne du bâtiment");
    assertThat(titles("électricien")).containsExactly("Devenir électricienne du bâtiment");
    assertThat(titles("ELECTRICITE")).containsExactly("Habilitation électrique");
    assertThat(titles("batiments")).containsExactly("Devenir électricienne du bâtiment");
  }

  @Test
  void elided_articles_and_stop_words_are_ignored() throws IOException {
    add(offer("Accompagnement VAE").build(), offer("Bilan de compétences").build());

    assertThat(titles("l'accompagnement")).containsExactly("Accompagnement VAE");
    assertThat(titles("un bilan des compétences")).containsExactly("Bilan de compétences");
  }

  @Test
  void typos_are_forgiven_but_exact_words_come_first() throws IOException {
    add(
        offer("Formaton express").description("titre mal orthographié").build(),
        offer("Formation de formateur").build());

    assertThat(titles("formaton")).containsExactly("Formaton express", "Formation de formateur");
    assertThat(titles("formation")).first().isEqualTo("Formation de formateur");
    assertThat(titles("comptabilitée")).isEmpty();
  }

  @Test
  void the_title_counts_more_than_the_description() throws IOException {
    add(
        offer("Atelier CV").description("Préparer son entretien de coaching").build(),
        offer("Coaching emploi").description("Un atelier pour préparer son CV").build());

    assertThat(titles("coaching")).first().isEqualTo("Coaching emploi");
    assertThat(titles("atelier")).first().isEqualTo("Atelier CV");
  }

  @Test
  void facets_count_the_matching_offers() throws IOException {
    add(
        offer("Bilan A").category(Category.BILAN_COMPETENCES).price(0L).cpf(true).build(),
        offer("Bilan B")
            .category(Category.BILAN_COMPETENCES)
            .price(120_000L)
            .cpf(true)
            .places(LYON)
            .build(),
        offer("Bilan C")
            .category(Category.BILAN_COMPETENCES)
            .modality(Modality.REMOTE)
            .places()
            .price(49_999L)
            .build(),
        offer("Formation D").price(300_001L).places(LYON, PARIS).modality(Modality.MIXED).build(),
        offer("Formation E").price(null).build());

    CatalogueResults all =
        index.search(
            CatalogueQuery.builder().facets(CatalogueQuery.FACETS.toArray(String[]::new)).build());

    assertThat(all.total()).isEqualTo(5);
    assertThat(all.facets().get("category"))
        .containsExactly(new FacetCount("BILAN_COMPETENCES", 3), new FacetCount("FORMATION", 2));
    assertThat(all.facets().get("modality"))
        .containsExactly(
            new FacetCount("IN_PERSON", 3),
            new FacetCount("MIXED", 1),
            new FacetCount("REMOTE", 1));
    assertThat(all.facets().get("region"))
        .containsExactly(
            new FacetCount("Île-de-France", 3), new FacetCount("Auvergne-Rhône-Alpes", 2));
    assertThat(all.facets().get("cpf"))
        .containsExactly(new FacetCount("false", 3), new FacetCount("true", 2));
    assertThat(all.facets().get("price"))
        .containsExactlyInAnyOrder(
            new FacetCount("FREE", 1),
            new FacetCount("UNDER_500", 1),
            new FacetCount("FROM_500_TO_1500", 1),
            new FacetCount("OVER_3000", 1),
            new FacetCount("UNKNOWN", 1));

    CatalogueResults bilans =
        index.search(CatalogueQuery.builder().text("bilan").facets("cpf").build());
    assertThat(bilans.total()).isEqualTo(3);
    assertThat(bilans.facets()).containsOnlyKeys("cpf");
    assertThat(bilans.facets().get("cpf"))
        .containsExactly(new FacetCount("true", 2), new FacetCount("false", 1));
  }

  @Test
  void filters_combine() throws IOException {
    add(
        offer("Bilan Paris CPF")
            .category(Category.BILAN_COMPETENCES)
            .cpf(true)
            .price(150_000L)
            .build(),
        offer("Bilan Lyon CPF")
            .category(Category.BILAN_COMPETENCES)
            .cpf(true)
            .places(LYON)
            .price(150_000L)
            .build(),
        offer("Bilan Paris").category(Category.BILAN_COMPETENCES).price(150_000L).build(),
        offer("Coaching Paris CPF").category(Category.COACHING).cpf(true).price(150_000L).build(),
        offer("Bilan Paris CPF cher")
            .category(Category.BILAN_COMPETENCES)
            .cpf(true)
            .price(400_000L)
            .build());

    CatalogueQuery query =
        CatalogueQuery.builder()
            .category(Category.BILAN_COMPETENCES)
            .region("Île-de-France")
            .cpfEligible(true)
            .price(PriceBand.FROM_1500_TO_3000)
            .build();
    assertThat(titles(query)).containsExactly("Bilan Paris CPF");

    CatalogueQuery twoCategories =
        CatalogueQuery.builder()
            .category(Category.BILAN_COMPETENCES, Category.COACHING)
            .region("Île-de-France")
            .cpfEligible(true)
            .price(PriceBand.FROM_1500_TO_3000)
            .build();
    assertThat(titles(twoCategories))
        .containsExactlyInAnyOrder("Bilan Paris CPF", "Coaching Paris CPF");
  }

  @Test
  void within_a_radius_of_a_real_commune_nearest_first() throws IOException {
    Communes communes = Communes.load(TestOffers.dataDir());
    Commune villeurbanne = communes.byNamePrefix("Villeurbanne", 1).getFirst();
    add(
        offer("Formation à Paris").places(PARIS).build(),
        offer("Formation à Lyon").places(LYON).build(),
        offer("Formation à Quimper").places(QUIMPER).build(),
        offer("Formation à distance").modality(Modality.REMOTE).places().build());

    CatalogueQuery near =
        CatalogueQuery.builder()
            .text("formation")
            .near(villeurbanne.latitude(), villeurbanne.longitude(), 30.0)
            .order(CatalogueQuery.Order.DISTANCE)
            .build();
    CatalogueResults results = index.search(near);
    assertThat(results.hits()).extracting(CatalogueHit::title).containsExactly("Formation à Lyon");
    assertThat(results.hits().getFirst().distanceKm()).isBetween(3.0, 6.0);

    CatalogueQuery everywhere =
        CatalogueQuery.builder()
            .near(villeurbanne.latitude(), villeurbanne.longitude(), null)
            .order(CatalogueQuery.Order.DISTANCE)
            .build();
    assertThat(titles(everywhere))
        .containsExactly(
            "Formation à Lyon", "Formation à Paris", "Formation à Quimper", "Formation à distance");
    assertThat(index.search(everywhere).hits().get(1).distanceKm()).isBetween(380.0, 410.0);
    assertThat(index.search(everywhere).hits().get(3).distanceKm()).isNull();
  }

  @Test
  void only_offers_targeting_a_certification_or_its_blocs() throws IOException {
    add(
        offer("Titre pro comptable")
            .rncp("RNCP35185")
            .blocs("RNCP35185BC01", "RNCP35185BC02")
            .build(),
        offer("Module paie").places(LYON).rncp("RNCP35185").blocs("RNCP35185BC02").build(),
        offer("Module paie Paris").rncp("RNCP35185").blocs("RNCP35185BC02").build(),
        offer("Autre titre").places(QUIMPER).rncp("RNCP474").blocs("RNCP474BC01").build(),
        offer("Sans bloc").places(LYON).build());

    assertThat(titles(CatalogueQuery.builder().rncpCode("rncp35185").build()))
        .containsExactlyInAnyOrder("Titre pro comptable", "Module paie", "Module paie Paris");

    CatalogueQuery missingBlocs =
        CatalogueQuery.builder()
            .blocs(Set.of("RNCP35185BC02", "RNCP474BC01"))
            .near(LYON.latitude(), LYON.longitude(), null)
            .order(CatalogueQuery.Order.DISTANCE)
            .build();
    assertThat(titles(missingBlocs).getFirst()).isEqualTo("Module paie");
    assertThat(titles(missingBlocs).getLast()).isEqualTo("Autre titre");
    assertThat(titles(missingBlocs)).hasSize(4).doesNotContain("Sans bloc");

    CatalogueQuery onlyBc01 = CatalogueQuery.builder().blocs(Set.of("RNCP35185BC01")).build();
    assertThat(titles(onlyBc01)).containsExactly("Titre pro comptable");
  }

  @Test
  void absurd_pages_and_unknown_facets_are_refused_with_a_reason() {
    assertThatThrownBy(() -> CatalogueQuery.builder().page(1, 1000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and 100");
    assertThatThrownBy(() -> CatalogueQuery.builder().page(0, 20).build())
        .hasMessageContaining("from 1");
    assertThatThrownBy(() -> CatalogueQuery.builder().page(502, 20).build())
        .hasMessageContaining("narrow the search");
    assertThatCode(() -> CatalogueQuery.builder().page(501, 20).build()).doesNotThrowAnyException();
    assertThatThrownBy(() -> CatalogueQuery.builder().facets("price", "secret").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no facet 'secret'")
        .hasMessageContaining("category, modality, region, cpf, price");
    assertThatThrownBy(() -> CatalogueQuery.builder().order(CatalogueQuery.Order.DISTANCE).build())
        .hasMessageContaining("needs a commune");
  }

  @Test
  void pages_follow_each_other() throws IOException {
    for (int i = 0; i < 25; i++) {
      add(offer("Atelier numéro " + i).build());
    }
    CatalogueResults third =
        index.search(CatalogueQuery.builder().text("atelier").page(3, 10).build());
    assertThat(third.total()).isEqualTo(25);
    assertThat(third.hits()).hasSize(5);
    assertThat(index.search(CatalogueQuery.builder().page(4, 10).build()).hits()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"((( title:[ AND",
        "AND",
        "OR NOT",
        "title:",
        "/[/",
        "*",
        "?ormation",
        "bilan~~~^^^",
        "\\",
        "{!lucene}*:*",
        "formation) OR (",
        "a:b:c:d"
      })
  void lucene_syntax_garbage_never_throws(String garbage) throws IOException {
    add(offer("Formation AND bilan").description("title formation").build());
    assertThatCode(
            () -> index.search(CatalogueQuery.builder().text(garbage).facets("category").build()))
        .doesNotThrowAnyException();
  }

  @Test
  void a_rejected_query_is_searched_as_plain_words() throws IOException {
    add(offer("Relation client").build(), offer("Autre chose").build());
    assertThat(titles("relation client (((")).containsExactly("Relation client");
    assertThat(titles("\"relation client")).containsExactly("Relation client");
  }

  @Test
  void snippets_mark_the_words_found_and_escape_the_rest() throws IOException {
    add(
        offer("Atelier web")
            .description("Apprendre le HTML <script>alert('x')</script> et la sécurité des sites.")
            .build(),
        offer("Sans texte").description("Une description <b>sans</b> le mot cherché.").build());

    CatalogueHit hit =
        index.search(CatalogueQuery.builder().text("securite").build()).hits().getFirst();
    assertThat(hit.snippetHtml())
        .contains("<mark>sécurité</mark>")
        .contains("&lt;script&gt;")
        .doesNotContain("<script>");

    CatalogueHit plain =
        index.search(CatalogueQuery.builder().text("sans texte").build()).hits().getFirst();
    assertThat(plain.title()).isEqualTo("Sans texte");
    assertThat(plain.snippetHtml()).contains("&lt;b&gt;").doesNotContain("<b>");
  }

  @Test
  void suggestions_complete_the_word_being_typed() throws IOException {
    add(
        offer("Bilan de compétences").build(),
        offer("Bilan de compétences approfondi").build(),
        offer("Bilan de compétences").build(),
        offer("Électricien bâtiment").build(),
        offer("Biologie").build());

    assertThat(index.suggest("bilan comp", 10))
        .containsExactly("Bilan de compétences", "Bilan de compétences approfondi");
    assertThat(index.suggest("élec", 10)).containsExactly("Électricien bâtiment");
    assertThat(index.suggest("bi", 1)).containsExactly("Biologie");
    assertThat(index.suggest("b", 10)).isEmpty();
  }

  @Test
  void a_change_is_found_by_the_next_search() throws IOException {
    Offer first = offer("Atelier CV").build();
    add(first);
    assertThat(titles("atelier")).containsExactly("Atelier CV");

    index.upsert(offer("Atelier lettre de motivation").id(first.id()).build());
    assertThat(titles("atelier")).containsExactly("Atelier lettre de motivation");

    index.delete(first.id());
    assertThat(titles("atelier")).isEmpty();
  }
}
