package org.parcours.connector.openbadges.crypto;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Map;

/**
 * Reads JSON the way an untrusted credential must be read: duplicate keys refused, nesting depth
 * capped, big numbers capped. Uses Parsson directly so no other provider on the class path changes
 * these rules.
 */
public final class StrictJson {

  /** Deepest nesting accepted; credentials are far shallower. */
  public static final int MAX_DEPTH = 64;

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

  /** The provider used for every JSON value the connector builds. */
  public static JsonProvider provider() {
    return PROVIDER;
  }

  /**
   * Parses a JSON object.
   *
   * @param text the JSON text
   * @return the object
   * @throws BadJson with a code and an English reason
   */
  public static JsonObject object(String text) throws BadJson {
    JsonStructure structure = structure(text);
    if (!(structure instanceof JsonObject object)) {
      throw new BadJson("json.not-object", "The credential is JSON but not a JSON object.");
    }
    return object;
  }

  /**
   * Parses a JSON object or array.
   *
   * @param text the JSON text
   * @return the value
   * @throws BadJson with a code and an English reason
   */
  public static JsonStructure structure(String text) throws BadJson {
    if (depthExceeded(text)) {
      throw new BadJson(
          "json.too-deep", "The JSON is nested deeper than " + MAX_DEPTH + " levels.");
    }
    try (JsonReader reader = READERS.createReader(new StringReader(text))) {
      return reader.read();
    } catch (JsonParsingException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      if (message.toLowerCase(java.util.Locale.ROOT).contains("duplicate")) {
        throw new BadJson("json.duplicate-key", "The JSON repeats a key: " + message);
      }
      throw new BadJson("json.malformed", "The JSON is malformed: " + message);
    } catch (JsonException | IllegalStateException | IllegalArgumentException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (message.toLowerCase(java.util.Locale.ROOT).contains("duplicate")) {
        throw new BadJson("json.duplicate-key", "The JSON repeats a key: " + message);
      }
      if (message.toLowerCase(java.util.Locale.ROOT).contains("depth")) {
        throw new BadJson(
            "json.too-deep", "The JSON is nested deeper than " + MAX_DEPTH + " levels.");
      }
      throw new BadJson("json.malformed", "The JSON is malformed: " + message);
    }
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

  /**
   * A string member, if present and a string.
   *
   * @param object the object, possibly null
   * @param name the member name
   * @return the string or null
   */
  public static String string(JsonValue object, String name) {
    if (object instanceof JsonObject o && o.get(name) instanceof jakarta.json.JsonString s) {
      return s.getString();
    }
    return null;
  }

  /** JSON that a credential cannot be read from. */
  public static final class BadJson extends Exception {
    private static final long serialVersionUID = 1L;
    private final String code;

    /**
     * Creates the exception.
     *
     * @param code the reason code
     * @param message the English reason
     */
    public BadJson(String code, String message) {
      super(message);
      this.code = code;
    }

    /**
     * The reason code.
     *
     * @return the code
     */
    public String code() {
      return code;
    }
  }
}
