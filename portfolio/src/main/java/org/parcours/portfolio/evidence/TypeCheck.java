package org.parcours.portfolio.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file really is, read from its first bytes (Apache Tika), never from its name; and whether
 * Parcours keeps that kind. Anything a browser could run (HTML, SVG, scripts, programs) is refused,
 * and so is a file whose name claims another kind than its content.
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

  private static final Detector CONTENT = MimeTypes.getDefaultMimeTypes();

  private TypeCheck() {}

  /** The detected type of the marked stream, which is reset to where it was. */
  static String detect(InputStream marked) throws IOException {
    return CONTENT.detect(marked, new Metadata()).getBaseType().toString();
  }

  /** Whether Parcours keeps files of this detected type. */
  static boolean allowed(String detected) {
    return ALLOWED.containsKey(detected);
  }

  static String servedAs(String detected) {
    return ALLOWED.getOrDefault(detected, "application/octet-stream");
  }

  /**
   * The type the name claims, when it claims one that differs from the content: "facture.pdf"
   * holding HTML.
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
      boolean bothText = type.startsWith("text/") && detected.equals("text/plain");
      boolean office =
          detected.equals("application/x-tika-ooxml")
              && type.startsWith("application/vnd.openxmlformats-officedocument");
      return bothText || office ? Optional.empty() : Optional.of(type);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
