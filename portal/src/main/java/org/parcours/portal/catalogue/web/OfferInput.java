package org.parcours.portal.catalogue.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.parcours.portal.catalogue.geo.Commune;
import org.parcours.portal.problem.RefusedInput;
import org.parcours.portfolio.catalogue.Category;
import org.parcours.portfolio.catalogue.Modality;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.catalogue.Place;
import org.parcours.portfolio.catalogue.Session;

/**
 * An offer as a partner sends it. Places are given by postal code and completed from the official
 * communes (name, département, région, coordinates).
 */
public record OfferInput(
    String title,
    String description,
    String category,
    String modality,
    List<String> postalCodes,
    List<SessionInput> sessions,
    Integer durationHours,
    Long priceCents,
    Boolean cpfEligible,
    List<String> rncpCodes,
    List<String> rsCodes,
    List<String> blocCodes,
    List<String> romeCodes,
    List<String> formacodes,
    List<String> languages,
    String accessibility) {

  /** One run of the offer. */
  public record SessionInput(LocalDate start, LocalDate end) {}

  /**
   * Checks the offer by the catalogue's rules.
   *
   * @param id the offer's id
   * @param communes the located commune of a postal code ({@link CommuneDirectory#find})
   * @return the valid offer, its partner fields to be replaced by the publishing organisation
   * @throws RefusedInput saying what to fix
   */
  public Offer toOffer(UUID id, Function<String, Optional<Commune>> communes) {
    try {
      List<Place> places =
          postalCodes == null
              ? List.of()
              : postalCodes.stream().map(code -> place(code, communes)).toList();
      return new Offer(
          id,
          id, // replaced by the partner's organisation when stored
          "-",
          title,
          description,
          category == null ? null : Category.valueOf(upper(category)),
          modality == null ? null : Modality.valueOf(upper(modality)),
          places,
          sessions == null
              ? List.of()
              : sessions.stream().map(s -> new Session(s.start(), s.end())).toList(),
          durationHours,
          priceCents,
          Boolean.TRUE.equals(cpfEligible),
          orEmpty(rncpCodes),
          orEmpty(rsCodes),
          orEmpty(blocCodes),
          orEmpty(romeCodes),
          orEmpty(formacodes),
          languages == null || languages.isEmpty() ? List.of("fr") : languages,
          accessibility,
          Instant.now());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new RefusedInput("offer", "catalogue.offer.invalid", e.getMessage());
    }
  }

  private static Place place(String postalCode, Function<String, Optional<Commune>> communes) {
    Commune commune =
        communes
            .apply(postalCode)
            .orElseThrow(() ->
                new RefusedInput(
                    "postalCodes",
                    "catalogue.place.unknown",
                    "No commune has the postal code '" + postalCode + "'."));
    return commune.toPlace();
  }

  private static String upper(String value) {
    return value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }
}
