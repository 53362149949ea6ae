package org.parcours.portfolio.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Clean-up of what people type and of the texts official files hold. */
public final class Texts {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern BLANKS = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private Texts() {}

  /** Lower case without accents, so that "Élaborer" and "elaborer" compare equal. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** Surrounding blanks removed; a text of blanks only is no text ({@code null}). */
  public static String strip(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /**
   * Blanks of any kind (line breaks, tabs, no-break spaces) made one space and the ends trimmed, as
   * official files need: their labels span lines and carry stray spaces.
   */
  public static String oneLine(String text) {
    return BLANKS.matcher(text).replaceAll(" ").strip();
  }
}
