package org.parcours.portal.vae.pdf;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The dossier's own texts and date formats, in French unless English is asked for. */
final class Labels {

  private static final String BUNDLE = "org.parcours.portal.vae.pdf.DossierPdf";

  // A French dossier on a server whose default locale is English must stay French.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;
  private final DateTimeFormatter dates;
  private final DateTimeFormatter times;

  private Labels(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(), NO_FALLBACK);
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    this.times = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
  }

  static Labels in(Locale wanted) {
    boolean english = wanted != null && Locale.ENGLISH.getLanguage().equals(wanted.getLanguage());
    return new Labels(english ? Locale.ENGLISH : Locale.FRENCH);
  }

  /** The document's language for the PDF catalogue and screen readers. */
  String languageTag() {
    return locale.equals(Locale.FRENCH) ? "fr-FR" : "en";
  }

  /**
   * The text for a key, formatted as a {@link MessageFormat}; the bundles use the typographic
   * apostrophe, which MessageFormat leaves alone.
   */
  String get(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  String date(LocalDate date) {
    return dates.format(date);
  }

  /** A moment as "{date} at {time}" in the reader's words, for a key taking both. */
  String moment(String key, Instant instant, ZoneId zone) {
    ZonedDateTime moment = instant.atZone(zone);
    return get(key, dates.format(moment), times.format(moment));
  }

  /** A span of days; either end may be unknown, and a missing end means still going. */
  String period(LocalDate from, LocalDate to) {
    if (from == null) {
      return to == null ? get("period.unknown") : get("period.until", date(to));
    }
    return to == null
        ? get("period.ongoing", date(from))
        : get("period.range", date(from), date(to));
  }
}
