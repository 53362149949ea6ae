package org.parcours.connector.europass;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import org.parcours.plugin.connector.CredentialRejected;

/**
 * Reads JSON the way an untrusted credential must be read: duplicate keys refused, nesting depth
 * capped before parsing, big numbers capped. Uses Parsson directly so that no other provider on the
 * class path changes these rules.
 */
final class StrictJson {

  /** Deepest nesting accepted; the EDC samples are at most 10 levels deep. */
  static final int MAX_DEPTH = 48;

  private static final JsonProvider PROVIDER = new org.eclipse.parsson.JsonProviderImpl();
  private static final JsonReaderFactory READERS =
      PROVIDER.createReaderFactory(
          Map.of(
              "org.eclipse.parsson.rejectDuplicateKeys",
              true,
              "org.eclipse.parsson.maxDepth",
              MAX_DEPTH,
              "org.eclipse.parsson.maxBigDecimalLength",
              200,
              "org.eclipse.parsson.maxBigIntegerScale",
              200));

  private StrictJson() {}

  /**
   * Parses a JSON object.
   *
   * @param text the JSON text
   * @return the object
   * @throws CredentialRejected {@code json.too-deep}, {@code json.duplicate-key}, {@code
   *     json.malformed} or {@code json.not-object}
   */
  static JsonObject object(String text) throws CredentialRejected {
    if (depthExceeded(text)) {
      throw tooDeep();
    }
    JsonStructure structure;
    try (JsonReader reader = READERS.createReader(new StringReader(text))) {
      structure = reader.read();
    } catch (JsonException | IllegalStateException | IllegalArgumentException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      String lower = message.toLowerCase(Locale.ROOT);
      if (lower.contains("duplicate")) {
        throw new CredentialRejected(
            "json.duplicate-key", "The JSON repeats a key, which could hide another value.", e);
      }
      if (lower.contains("depth")) {
        throw tooDeep();
      }
      throw new CredentialRejected("json.malformed", "The JSON is malformed: " + message, e);
    }
    if (!(structure instanceof JsonObject object)) {
      throw new CredentialRejected("json.not-object", "The JSON is not an object.");
    }
    return object;
  }

  private static CredentialRejected tooDeep() {
    return new CredentialRejected(
        "json.too-deep", "The JSON is nested deeper than " + MAX_DEPTH + " levels.");
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
