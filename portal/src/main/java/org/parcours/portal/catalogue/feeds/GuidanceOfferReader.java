package org.parcours.portal.catalogue.feeds;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.parcours.plugin.guidance.GuidanceOffer;
import org.parcours.portal.catalogue.geo.Commune;
import org.parcours.portal.catalogue.web.OfferInput;
import org.parcours.portal.problem.RefusedInput;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.catalogue.feed.FeedCandidate;

/**
 * Reads a provider's offer as a partner's typed offer is read ({@link OfferInput}): the same
 * categories, places from the official communes, the same codes and limits. Sizes are checked
 * first, so that a hostile provider's strings never reach a message or the database whole.
 */
final class GuidanceOfferReader {

  private static final Set<String> CATEGORIES =
      Set.of(
          "orientation",
          "bilan-competences",
          "vae-accompagnement",
          "coaching",
          "formation",
          "recherche-emploi");
  private static final Set<String> MODALITIES = Set.of("in-person", "remote", "mixed");
  // Longer than any postal, RNCP or ROME code written with spaces, far shorter than an attack.
  private static final int CODE_MAX = 20;
  // Offer ids are made by the feed; this one only stands in while the offer is checked, and is the
  // same at every reading so that unchanged content keeps the same fingerprint.
  private static final UUID CHECKING = new UUID(0, 0);

  private final Function<String, Optional<Commune>> communes;

  GuidanceOfferReader(Function<String, Optional<Commune>> communes) {
    this.communes = communes;
  }

  FeedCandidate read(GuidanceOffer offer) {
    if (offer == null) {
      return FeedCandidate.refused(null, "the answer holds a null offer");
    }
    String reference = offer.reference();
    String refusal = sizeRefusal(offer);
    if (refusal != null) {
      return FeedCandidate.refused(reference, refusal);
    }
    try {
      return FeedCandidate.accepted(reference, input(offer).toOffer(CHECKING, communes));
    } catch (RefusedInput e) {
      return FeedCandidate.refused(reference, e.getMessage());
    }
  }

  private static String sizeRefusal(GuidanceOffer offer) {
    if (!CATEGORIES.contains(offer.category())) {
      return "the category should be one of " + String.join(", ", sorted(CATEGORIES));
    }
    if (!MODALITIES.contains(offer.modality())) {
      return "the modality should be one of " + String.join(", ", sorted(MODALITIES));
    }
    if (offer.title().length() > Offer.TITLE_MAX * 2
        || offer.description().length() > Offer.DESCRIPTION_MAX * 2) {
      return "the title or description is far longer than the catalogue keeps";
    }
    if (offer.postalCodes().size() > Offer.PLACES_MAX) {
      return "an offer can list " + Offer.PLACES_MAX + " places at most";
    }
    if (offer.rncpCodes().size() > Offer.CODES_MAX || offer.romeCodes().size() > Offer.CODES_MAX) {
      return "an offer can list " + Offer.CODES_MAX + " RNCP or ROME codes at most";
    }
    if (tooLong(offer.postalCodes()) || tooLong(offer.rncpCodes()) || tooLong(offer.romeCodes())) {
      return "a postal, RNCP or ROME code is longer than " + CODE_MAX + " characters";
    }
    return null;
  }

  // Sets come in no stable order; sorted, the same content reads the same at every sync.
  private static OfferInput input(GuidanceOffer offer) {
    return new OfferInput(
        offer.title(),
        offer.description(),
        offer.category(),
        offer.modality(),
        sorted(offer.postalCodes()),
        null,
        offer.durationHours(),
        offer.priceCents(),
        offer.cpfEligible(),
        sorted(offer.rncpCodes()),
        null,
        null,
        sorted(offer.romeCodes()),
        null,
        null,
        null);
  }

  private static boolean tooLong(Collection<String> codes) {
    return codes.stream().anyMatch(c -> c.length() > CODE_MAX);
  }

  private static List<String> sorted(Collection<String> values) {
    return values.stream().sorted().toList();
  }
}
