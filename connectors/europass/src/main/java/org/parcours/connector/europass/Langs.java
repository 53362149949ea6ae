package org.parcours.connector.europass;

import java.util.List;
import java.util.Map;

/** Picks one text among the languages a credential gives: French, else English, else the first. */
final class Langs {

  /** The languages preferred, in order: the portal is French first. */
  static final List<String> PREFERRED = List.of("fr", "en");

  private Langs() {}

  /**
   * Chooses a text.
   *
   * @param byLanguage texts keyed by language code, in document order
   * @return the chosen text, stripped, or {@code null} when there is none
   */
  static String pick(Map<String, String> byLanguage) {
    for (String language : PREFERRED) {
      String text = byLanguage.get(language);
      if (text != null && !text.isBlank()) {
        return text.strip();
      }
    }
    return byLanguage.values().stream()
        .filter(t -> t != null && !t.isBlank())
        .map(String::strip)
        .findFirst()
        .orElse(null);
  }
}
