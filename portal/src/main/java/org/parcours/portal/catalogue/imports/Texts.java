package org.parcours.portal.catalogue.imports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parcours.portfolio.catalogue.Category;

/** Small conversions both importers need. */
final class Texts {

  private static final Pattern BLOCK =
      Pattern.compile("(?i)<\\s*(br|/p|/li|/ul|/ol|/div|/h\\d)\\b[^>]*>");
  private static final Pattern ITEM = Pattern.compile("(?i)<\\s*li\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY =
      Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", " "),
          Map.entry("eacute", "é"),
          Map.entry("egrave", "è"),
          Map.entry("ecirc", "ê"),
          Map.entry("agrave", "à"),
          Map.entry("acirc", "â"),
          Map.entry("ccedil", "ç"),
          Map.entry("ocirc", "ô"),
          Map.entry("ucirc", "û"),
          Map.entry("ugrave", "ù"),
          Map.entry("icirc", "î"),
          Map.entry("iuml", "ï"),
          Map.entry("euml", "ë"),
          Map.entry("oelig", "œ"),
          Map.entry("rsquo", "’"),
          Map.entry("laquo", "«"),
          Map.entry("raquo", "»"),
          Map.entry("hellip", "…"),
          Map.entry("euro", "€"));

  private Texts() {}

  /**
   * Plain text from the HTML that LHÉO and partners put in rich-text fields: paragraphs and list
   * items become lines, other tags go, entities are decoded. The result is text, never markup: the
   * pages escape it again when they show it.
   */
  static String plain(String html) {
    if (html == null) {
      return null;
    }
    String s = BLOCK.matcher(html).replaceAll("\n");
    s = ITEM.matcher(s).replaceAll("\n- ");
    s = TAG.matcher(s).replaceAll("");
    s = decode(s);
    s = s.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\n[ \n]*", "\n");
    return s.strip();
  }

  private static String decode(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String name = m.group(1);
      String replacement;
      if (name.startsWith("#x") || name.startsWith("#X")) {
        replacement = Character.toString(Integer.parseInt(name.substring(2), 16));
      } else if (name.startsWith("#")) {
        replacement = Character.toString(Integer.parseInt(name.substring(1)));
      } else {
        replacement = NAMED.getOrDefault(name.toLowerCase(Locale.ROOT), m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The category of an offer of the training catalogues, which have no such field: bilans and VAE
   * accompaniment are listed there as trainings, recognisable by their title.
   */
  static Category category(String... labels) {
    for (String label : labels) {
      String l = label == null ? "" : label.toLowerCase(Locale.FRENCH);
      if (l.contains("bilan de compétences") || l.contains("bilan de competences")) {
        return Category.BILAN_COMPETENCES;
      }
      if (l.matches(".*\\bvae\\b.*") || l.contains("validation des acquis")) {
        return Category.VAE_ACCOMPAGNEMENT;
      }
    }
    return Category.FORMATION;
  }

  /** A stable id from a source's own key, so that importing the same file twice updates. */
  static UUID stableId(String... parts) {
    return UUID.nameUUIDFromBytes(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
  }
}
