package org.parcours.portal.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the portal in one language. */
public final class Messages {

  public static final String BUNDLE = "org.parcours.portal.i18n.messages";
  public static final Locale FRENCH = Locale.FRENCH;
  public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

  // Without this, a French reader on a server whose default locale is English gets English.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
  }

  /** The supported language closest to the one asked for; French when none fits. */
  public static Messages in(Locale wanted) {
    return new Messages(supported(wanted));
  }

  /** The first supported language of a list in order of preference; French when none fits. */
  public static Messages firstSupported(List<Locale> preferences) {
    for (Locale wanted : preferences) {
      for (Locale candidate : SUPPORTED) {
        if (candidate.getLanguage().equals(wanted.getLanguage())) {
          return new Messages(candidate);
        }
      }
    }
    return new Messages(FRENCH);
  }

  public static Locale supported(Locale wanted) {
    if (wanted != null) {
      for (Locale candidate : SUPPORTED) {
        if (candidate.getLanguage().equals(wanted.getLanguage())) {
          return candidate;
        }
      }
    }
    return FRENCH;
  }

  public Locale locale() {
    return locale;
  }

  /**
   * The text for a key, formatted as a {@link MessageFormat} (so apostrophes are written twice in
   * the bundle); the key itself if it is missing.
   */
  public String get(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return new MessageFormat(pattern, locale).format(arguments);
  }
}
