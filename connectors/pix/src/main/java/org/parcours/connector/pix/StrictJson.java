package org.parcours.connector.pix;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Map;

/**
 * Reads an answer of the endpoint the way untrusted JSON must be read: duplicate keys refused,
 * nesting depth capped, big numbers capped. Uses Parsson directly so that no other provider on the
 * class path changes these rules.
 */
final class StrictJson {

  /** Deepest nesting accepted; a certificate document is about 6 levels deep. */
  static final int MAX_DEPTH = 32;

  private static final JsonProvider PROVIDER = new org.eclipse.parsson.JsonProviderImpl();
  private static final JsonReaderFactory READERS =
      PROVIDER.createReaderFactory(
          Map.of(
              "org.eclipse.parsson.rejectDuplicateKeys",
              true,
              "org.eclipse.parsson.maxDepth",
              MAX_DEPTH,
              "org.eclipse.parsson.maxBigDecimalLength",
              100,
              "org.eclipse.parsson.maxBigIntegerScale",
              100));

  private StrictJson() {}

  /**
   * Parses a JSON object.
   *
   * @param text the JSON text
   * @return the object
   * @throws BadDocument {@code pix.document.malformed} when it is not a well-formed JSON object
   */
  static JsonObject object(String text) throws BadDocument {
    if (depthExceeded(text)) {
      throw new BadDocument(
          "pix.document.malformed", "The answer is nested deeper than " + MAX_DEPTH + " levels.");
    }
    JsonStructure structure;
    try (JsonReader reader = READERS.createReader(new StringReader(text))) {
      structure = reader.read();
    } catch (JsonException | IllegalStateException | IllegalArgumentException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new BadDocument("pix.document.malformed", "The answer is not valid JSON: " + message);
    }
    if (!(structure instanceof JsonObject object)) {
      throw new BadDocument("pix.document.malformed", "The answer is JSON but not an object.");
    }
    return object;
  }

  /** Counts brackets outside strings before parsing, so a deep input costs nothing. */
  private static boolean depthExceeded(String text) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (++depth > MAX_DEPTH) {
          return true;
        }
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return false;
  }
}
