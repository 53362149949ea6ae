package org.parcours.portfolio.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file really is, read from its first bytes (Apache Tika), never from its name; and whether
 * Parcours keeps that kind. Anything a browser could run (HTML, SVG, XML, scripts, programs) is
 * refused, and so is a file whose name claims another kind than its content.
 */
final class TypeCheck {

  /** The kinds kept, each with the type it is served back as. */
  private static final Map<String, String> ALLOWED =
      Map.of(
          "application/pdf", "application/pdf",
          "image/png", "image/png",
          "image/jpeg", "image/jpeg",
          "image/gif", "image/gif",
          "image/webp", "image/webp",
          "text/plain", "text/plain",
          "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.spreadsheet",
              "application/vnd.oasis.opendocument.spreadsheet",
          // Word, Excel and PowerPoint files since 2007; core detection names them all alike.
          "application/x-tika-ooxml", "application/octet-stream");

  /** Names of plain text that agree with text content: a ".csv" holding text is what it says. */
  private static final Set<String> PLAIN_TEXT_NAMES =
      Set.of(
          "text/plain",
          "text/csv",
          "text/tab-separated-values",
          "text/x-web-markdown",
          "text/x-log");

  /**
   * The start of an element a browser would render or run. Tika calls text/plain a file that opens
   * with {@code <script>}, {@code <svg>} without a namespace, or {@code <img onerror=...>}, and
   * application/pdf a file that opens with "%PDF" and goes on with a web page (a polyglot).
   */
  private static final Pattern MARKUP =
      Pattern.compile(
          "<(?:!doctype|\\?xml|html|head|body|script|svg|iframe|frame|object|embed|img|image|style"
              + "|link|meta|base|form|math|xsl)[\\s/>]");

  /**
   * How much of a binary file is searched for markup: the resource header of the WHATWG MIME
   * sniffing standard (1445 bytes), where a browser or an old proxy may still look. Text is
   * searched over all of what was read to detect its type.
   */
  private static final int SNIFFED_HEADER = 1445;

  private static final Detector CONTENT = MimeTypes.getDefaultMimeTypes();

  private TypeCheck() {}

  /** The detected type of a file, from its first bytes. */
  static String detect(byte[] head) throws IOException {
    return CONTENT.detect(new ByteArrayInputStream(head), new Metadata()).getBaseType().toString();
  }

  /** Whether Parcours keeps files of this detected type. */
  static boolean allowed(String detected) {
    return ALLOWED.containsKey(detected);
  }

  /**
   * Whether the first bytes of a file of an allowed type hold markup all the same: an HTML fragment
   * that Tika calls text, or a PDF that is also a web page.
   */
  static boolean holdsMarkup(String detected, byte[] head) {
    int length =
        detected.equals("text/plain") ? head.length : Math.min(head.length, SNIFFED_HEADER);
    // Latin-1 maps each byte to one char; dropping NULs also finds tags written in UTF-16.
    String text =
        new String(head, 0, length, StandardCharsets.ISO_8859_1)
            .replace("\0", "")
            .toLowerCase(Locale.ROOT);
    return MARKUP.matcher(text).find();
  }

  static String servedAs(String detected) {
    return ALLOWED.getOrDefault(detected, "application/octet-stream");
  }

  /**
   * The type the name claims, when it claims one that differs from the content: "facture.pdf"
   * holding HTML, or "page.html" holding text (it would open in a browser once downloaded).
   */
  static Optional<String> nameContradicts(String name, String detected) {
    Metadata byName = new Metadata();
    byName.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    try {
      MediaType claimed = CONTENT.detect(null, byName);
      String type = claimed.getBaseType().toString();
      if (claimed.equals(MediaType.OCTET_STREAM) || type.equals(detected)) {
        return Optional.empty();
      }
      // A .csv or .md is plain text; an .docx is the OOXML container; these agree.
      boolean bothText = PLAIN_TEXT_NAMES.contains(type) && detected.equals("text/plain");
      boolean office =
          detected.equals("application/x-tika-ooxml")
              && type.startsWith("application/vnd.openxmlformats-officedocument");
      return bothText || office ? Optional.empty() : Optional.of(type);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
