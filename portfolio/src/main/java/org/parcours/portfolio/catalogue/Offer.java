package org.parcours.portfolio.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A guidance service or training offer as a partner publishes it. Immutable and valid once built:
 * every source (partner form, LHÉO, MonCompteFormation CSV, demo generator) goes through this
 * constructor, so its messages are written for the partner who has to fix the data.
 *
 * @param priceCents total price in euro cents; null when the partner gave none (free or unknown)
 * @param durationHours total hours; null when unknown
 * @param rncpCodes targeted RNCP certifications, like {@code RNCP35185}
 * @param rsCodes targeted certifications of the Répertoire spécifique, like {@code RS5635}
 * @param blocCodes targeted RNCP skill blocs, like {@code RNCP35185BC02}
 * @param romeCodes ROME 4 job codes, like {@code D1402}
 * @param formacodes five-digit Formacode domains
 * @param languages ISO 639-1 codes of the languages the offer is given in
 */
public record Offer(
    UUID id,
    UUID partnerId,
    String partnerName,
    String title,
    String description,
    Category category,
    Modality modality,
    List<Place> places,
    List<Session> sessions,
    Integer durationHours,
    Long priceCents,
    boolean cpfEligible,
    List<String> rncpCodes,
    List<String> rsCodes,
    List<String> blocCodes,
    List<String> romeCodes,
    List<String> formacodes,
    List<String> languages,
    String accessibility,
    Instant updatedAt) {

  public static final int PARTNER_NAME_MAX = 200;
  public static final int TITLE_MAX = 300;
  public static final int DESCRIPTION_MAX = 20_000;
  public static final int ACCESSIBILITY_MAX = 2_000;
  public static final int DURATION_MAX_HOURS = 10_000;
  // A million euros: above that, it is a typo in cents vs euros, not a price.
  public static final long PRICE_MAX_CENTS = 100_000_000L;
  public static final int PLACES_MAX = 200;
  public static final int SESSIONS_MAX = 500;
  public static final int CODES_MAX = 100;

  private static final Pattern RNCP = Pattern.compile("RNCP\\d{1,6}");
  private static final Pattern RS = Pattern.compile("RS\\d{1,6}");
  private static final Pattern BLOC = Pattern.compile("RNCP\\d{1,6}BC\\d{1,3}");
  private static final Pattern ROME = Pattern.compile("[A-N]\\d{4}");
  private static final Pattern FORMACODE = Pattern.compile("\\d{5}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  public Offer {
    Objects.requireNonNull(id, "An offer needs an id.");
    Objects.requireNonNull(partnerId, "An offer needs the id of the partner who publishes it.");
    partnerName = text(partnerName, "partner name", PARTNER_NAME_MAX, true);
    title = text(title, "title", TITLE_MAX, true);
    description =
        Objects.requireNonNullElse(text(description, "description", DESCRIPTION_MAX, false), "");
    Objects.requireNonNull(category, "Choose the category of \"" + title + "\".");
    Objects.requireNonNull(
        modality, "Say whether \"" + title + "\" is in person, remote or mixed.");
    places = bounded(places, PLACES_MAX, "places");
    if (modality != Modality.REMOTE && places.isEmpty()) {
      throw new IllegalArgumentException(
          "\"" + title + "\" is given in person: add at least one place, or mark it remote.");
    }
    sessions = bounded(sessions, SESSIONS_MAX, "sessions");
    if (durationHours != null && (durationHours <= 0 || durationHours > DURATION_MAX_HOURS)) {
      throw new IllegalArgumentException(
          "The duration of \""
              + title
              + "\" should be between 1 and "
              + DURATION_MAX_HOURS
              + " hours, not "
              + durationHours
              + ".");
    }
    if (priceCents != null && (priceCents < 0 || priceCents > PRICE_MAX_CENTS)) {
      throw new IllegalArgumentException(
          "The price of \""
              + title
              + "\" should be between 0 and 1,000,000 euros (given in cents), not "
              + priceCents
              + " cents.");
    }
    rncpCodes = codes(rncpCodes, RNCP, "RNCP certification", "RNCP35185");
    rsCodes = codes(rsCodes, RS, "Répertoire spécifique certification", "RS5635");
    blocCodes = codes(blocCodes, BLOC, "RNCP skill bloc", "RNCP35185BC02");
    romeCodes = codes(romeCodes, ROME, "ROME job", "D1402");
    formacodes = codes(formacodes, FORMACODE, "Formacode", "34582");
    languages = codes(lowerCase(languages), LANGUAGE, "language", "fr");
    accessibility = text(accessibility, "accessibility", ACCESSIBILITY_MAX, false);
    Objects.requireNonNull(updatedAt, "An offer needs the time it was last updated.");
  }

  /** The same offer as published by this organisation, at this time. */
  public Offer publishedBy(UUID organisationId, String organisationName, Instant at) {
    return copy(id, organisationId, organisationName, at);
  }

  /**
   * The same offer under another id and update time, for a source that names its offers its own way
   * (a guidance feed).
   */
  public Offer withIdentity(UUID otherId, Instant otherUpdatedAt) {
    return copy(otherId, partnerId, partnerName, otherUpdatedAt);
  }

  // The one place that lists every field, so a field added later cannot be forgotten in a copy.
  private Offer copy(UUID newId, UUID newPartnerId, String newPartnerName, Instant newUpdatedAt) {
    return new Offer(
        newId,
        newPartnerId,
        newPartnerName,
        title,
        description,
        category,
        modality,
        places,
        sessions,
        durationHours,
        priceCents,
        cpfEligible,
        rncpCodes,
        rsCodes,
        blocCodes,
        romeCodes,
        formacodes,
        languages,
        accessibility,
        newUpdatedAt);
  }

  /** The offer's price in euros, for display and CSV; null when there is none. */
  public Double priceEuros() {
    return priceCents == null ? null : priceCents / 100.0;
  }

  private static String text(String value, String what, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new IllegalArgumentException("An offer needs a " + what + ".");
      }
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException(
          "The "
              + what
              + " is "
              + stripped.length()
              + " characters long; shorten it to "
              + max
              + " at most.");
    }
    return stripped;
  }

  private static <T> List<T> bounded(List<T> values, int max, String what) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > max) {
      throw new IllegalArgumentException(
          "An offer can list " + max + " " + what + " at most, not " + values.size() + ".");
    }
    return List.copyOf(values);
  }

  private static List<String> lowerCase(List<String> values) {
    return values == null
        ? null
        : values.stream().map(v -> v == null ? null : v.toLowerCase(Locale.ROOT)).toList();
  }

  // Upper-cased, stripped, duplicates removed in order: sources write "rncp 474" as often as not.
  private static List<String> codes(List<String> values, Pattern shape, String what, String e) {
    if (values == null) {
      return List.of();
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String value : values) {
      if (value == null || value.isBlank()) {
        continue;
      }
      String code = value.strip().replace(" ", "");
      code = shape == LANGUAGE ? code : code.toUpperCase(Locale.ROOT);
      if (!shape.matcher(code).matches()) {
        throw new IllegalArgumentException(
            "'" + value + "' is not a " + what + " code; expected like " + e + ".");
      }
      out.add(code);
    }
    List<String> list = new ArrayList<>(out);
    return List.copyOf(bounded(list, CODES_MAX, what + " codes"));
  }
}
