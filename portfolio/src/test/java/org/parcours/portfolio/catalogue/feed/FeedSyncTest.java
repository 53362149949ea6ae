package org.parcours.portfolio.catalogue.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parcours.portfolio.catalogue.Category;
import org.parcours.portfolio.catalogue.Modality;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.catalogue.PartnerDraft;
import org.parcours.portfolio.catalogue.PartnerOrganisation;
import org.parcours.portfolio.catalogue.Place;

/** A sync replaces a feed's previous offers with the provider's answer, through the catalogue. */
class FeedSyncTest {

  private static final Place LYON =
      new Place("69123", "69003", "Lyon 3e", "69", "Auvergne-Rhône-Alpes", 45.76, 4.85);

  private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneId.of("UTC"));
  private final FakeCatalogue catalogue = new FakeCatalogue(clock);
  private final InMemoryFeeds feedTables = new InMemoryFeeds();
  private final GuidanceFeedService feeds = new GuidanceFeedService(feedTables, catalogue, clock);
  private final FeedSync sync = new FeedSync(feeds, clock);
  private final PartnerOrganisation vetted =
      catalogue.registerVetted("owner-a", draft("Orientation Rhône", 1));
  private final UUID feed = feeds.bind("example", "offers", vetted.id()).id();

  @Test
  void newOffersArePublishedForTheBoundOrganisationAndUnchangedOnesAreNotRewritten() {
    FeedReport first = sync(accepted("a", "Atelier métiers"), accepted("b", "Bilan à distance"));

    assertThat(first.state()).isEqualTo(FeedState.OK);
    assertThat(first.added()).isEqualTo(2);
    assertThat(catalogue.offers.values())
        .extracting(Offer::partnerName)
        .containsOnly("Orientation Rhône");
    assertThat(catalogue.outbox).hasSize(2);

    FeedReport again = sync(accepted("a", "Atelier métiers"), accepted("b", "Bilan à distance"));

    assertThat(List.of(again.added(), again.updated(), again.withdrawn())).containsOnly(0);
    assertThat(catalogue.outbox).hasSize(2);
  }

  @Test
  void aChangedOfferIsReplacedInPlace() {
    sync(accepted("a", "Atelier métiers"));
    UUID id = onlyOffer().id();

    FeedReport report = sync(accepted("a", "Atelier métiers du numérique"));

    assertThat(report.updated()).isEqualTo(1);
    assertThat(onlyOffer().id()).isEqualTo(id);
    assertThat(onlyOffer().title()).isEqualTo("Atelier métiers du numérique");
    assertThat(catalogue.outbox).containsExactly(id, id);
  }

  @Test
  void anOfferMissingFromTheAnswerIsWithdrawnAndComesBackUnderTheSameId() {
    sync(accepted("a", "Atelier métiers"), accepted("b", "Bilan à distance"));
    UUID b = GuidanceFeedService.offerId(feed, "b");

    FeedReport report = sync(accepted("a", "Atelier métiers"));

    assertThat(report.withdrawn()).isEqualTo(1);
    assertThat(catalogue.offers).doesNotContainKey(b);
    assertThat(catalogue.outbox).last().isEqualTo(b);
    assertThat(sync(accepted("a", "Atelier métiers"), accepted("b", "Bilan")).added()).isEqualTo(1);
    assertThat(catalogue.offers).containsKey(b);
  }

  @Test
  void whenTheProviderIsUnavailableThePreviousOffersStay() {
    sync(accepted("a", "Atelier métiers"));

    FeedReport report =
        sync.sync(feed, () -> new FeedAnswer.Unavailable("the source answered 503"));

    assertThat(report.state()).isEqualTo(FeedState.UNAVAILABLE);
    assertThat(report.reason()).isEqualTo("the source answered 503");
    assertThat(catalogue.offers).hasSize(1);
    assertThat(feeds.feed("example", "offers").orElseThrow().report()).contains(report);
  }

  @Test
  void invalidOffersAreSkippedWithTheirReasonsAndTheRestApplied() {
    sync(accepted("b", "Bilan à distance"));

    FeedReport report =
        sync(
            accepted("a", "Atelier métiers"),
            FeedCandidate.refused("b", "No commune has the postal code '00000'."),
            accepted("a", "Atelier en double"),
            FeedCandidate.refused(" ", "whatever"),
            FeedCandidate.refused("x".repeat(FeedSync.REFERENCE_MAX + 1), "whatever"));

    assertThat(report.state()).isEqualTo(FeedState.OK);
    assertThat(report.added()).isEqualTo(1);
    assertThat(report.refused()).isEqualTo(4);
    assertThat(report.refusals())
        .hasSize(4)
        .first()
        .isEqualTo("b: No commune has the postal code '00000'.");
    // b was answered, though refused: its previous version stays.
    assertThat(report.withdrawn()).isZero();
    assertThat(catalogue.offers.values())
        .extracting(Offer::title)
        .containsExactlyInAnyOrder("Bilan à distance", "Atelier métiers");
  }

  @Test
  void anAnswerLargerThanTheCapIsRefusedWholeAndReasonsAreShortened() {
    sync(accepted("a", "Atelier métiers"));
    FeedCandidate refused = FeedCandidate.refused("r", "é".repeat(10_000));

    FeedReport tooLarge =
        sync(Collections.nCopies(FeedSync.ANSWER_MAX + 1, refused).toArray(FeedCandidate[]::new));

    assertThat(tooLarge.state()).isEqualTo(FeedState.UNAVAILABLE);
    assertThat(tooLarge.reason()).contains("20001 offers");
    assertThat(catalogue.offers).hasSize(1);
    FeedReport report = sync(accepted("a", "Atelier métiers"), refused);
    assertThat(report.refusals().get(0)).hasSize(FeedReport.REASON_MAX);
  }

  @Test
  void offersAreWrittenInBatches() {
    FeedCandidate[] many =
        IntStream.range(0, 450)
            .mapToObj(i -> accepted("offer-" + i, "Atelier " + i))
            .toArray(FeedCandidate[]::new);

    assertThat(sync(many).added()).isEqualTo(450);
    assertThat(feedTables.batches).isEqualTo(3);
  }

  @Test
  void aFeedOfAnOrganisationNotVettedIsNotAskedAndPublishesNothing() {
    PartnerOrganisation pending = catalogue.register("owner-b", draft("En attente", 2));
    UUID other = feeds.bind("example", "other", pending.id()).id();
    AtomicBoolean asked = new AtomicBoolean();

    FeedReport report =
        sync.sync(
            other,
            () -> {
              asked.set(true);
              return new FeedAnswer.Offers(List.of(accepted("a", "Atelier")));
            });

    assertThat(report.state()).isEqualTo(FeedState.UNVETTED);
    assertThat(asked).isFalse();
    assertThat(catalogue.offers).isEmpty();
  }

  @Test
  void bindingToAnotherOrganisationOrUnbindingWithdrawsWhatTheFeedPublished() {
    sync(accepted("a", "Atelier métiers"));
    PartnerOrganisation other = catalogue.registerVetted("owner-c", draft("Autre", 3));

    feeds.bind("example", "offers", other.id());
    assertThat(catalogue.offers).isEmpty();
    assertThat(feeds.feed("example", "offers").orElseThrow().report()).isEmpty();
    sync(accepted("a", "Atelier métiers"));
    assertThat(onlyOffer().partnerId()).isEqualTo(other.id());

    feeds.unbind("example", "offers");
    assertThat(catalogue.offers).isEmpty();
    assertThat(feeds.feeds()).isEmpty();
  }

  private FeedReport sync(FeedCandidate... candidates) {
    return sync.sync(feed, () -> new FeedAnswer.Offers(List.of(candidates)));
  }

  private Offer onlyOffer() {
    assertThat(catalogue.offers).hasSize(1);
    return catalogue.offers.values().iterator().next();
  }

  private static FeedCandidate accepted(String reference, String title) {
    UUID placeholder = new UUID(0, 0);
    return FeedCandidate.accepted(
        reference,
        new Offer(
            placeholder,
            placeholder,
            "-",
            title,
            "Une offre de test.",
            Category.ORIENTATION,
            Modality.IN_PERSON,
            List.of(LYON),
            List.of(),
            10,
            null,
            false,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of("fr"),
            null,
            Instant.now()));
  }

  // A made-up SIRET with a valid Luhn key.
  private static PartnerDraft draft(String name, int n) {
    String body = String.format("8%012d", n);
    for (int key = 0; key < 10; key++) {
      if (PartnerDraft.isValidSiret(body + key)) {
        return new PartnerDraft(name, body + key, null, true, "contact" + n + "@example.org");
      }
    }
    throw new IllegalStateException("no key");
  }
}
