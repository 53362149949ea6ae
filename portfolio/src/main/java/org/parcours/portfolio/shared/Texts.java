package org.parcours.portfolio.shared;

/** Clean-up of what people type. */
public final class Texts {
  private Texts() {}

  /** Surrounding blanks removed; a text of blanks only is no text ({@code null}). */
  public static String strip(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
