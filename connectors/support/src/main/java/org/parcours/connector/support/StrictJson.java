package org.parcours.connector.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JSON the way untrusted input must be read: duplicate keys refused, nesting depth capped
 * before parsing (so a deep input costs nothing), numbers capped in length, and any failure of the
 * parser turned into a refusal with a code. Uses Parsson directly, so that no other JSON provider
 * on the class path changes these rules.
 *
 * <p>A reader is immutable and thread-safe; make one per set of limits and keep it:
 *
 * <pre>{@code
 * static final StrictJson JSON = StrictJson.reader(32, 100);
 * JsonObject answer = JSON.object(text); // throws StrictJson.BadJson
 * }</pre>
 */
public final class StrictJson {

  /** Deepest nesting {@link #reader()} accepts: credentials are far shallower. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** Longest number, in characters, {@link #reader()} accepts. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 200;

  /** Code of a text nested deeper than the reader's limit. */
  public static final String TOO_DEEP = "json.too-deep";

  /** Code of an object that repeats a key (which could hide another value). */
  public static final String DUPLICATE_KEY = "json.duplicate-key";

  /** Code of a text that is not JSON, or holds a number longer than the reader's limit. */
  public static final String MALFORMED = "json.malformed";

  /** Code of JSON that is not an object where an object was asked for. */
  public static final String NOT_OBJECT = "json.not-object";

  private static final JsonProvider PROVIDER = new org.eclipse.parsson.JsonProviderImpl();

  private static final StrictJson DEFAULT =
      new StrictJson(DEFAULT_MAX_DEPTH, DEFAULT_MAX_NUMBER_LENGTH);

  private final int maxDepth;
  private final int maxNumberLength;
  private static final String NOT_A_STRUCTURE = "it does not start with an object or an array";
  private static final String TRAILING = "something follows the end of the JSON value";

  private final JsonParserFactory parsers;

  private StrictJson(int maxDepth, int maxNumberLength) {
    if (maxDepth < 1 || maxNumberLength < 1) {
      throw new IllegalArgumentException(
          "limits must be positive: depth " + maxDepth + ", number length " + maxNumberLength);
    }
    this.maxDepth = maxDepth;
    this.maxNumberLength = maxNumberLength;
    this.parsers =
        PROVIDER.createParserFactory(
            Map.of(
                "org.eclipse.parsson.rejectDuplicateKeys",
                true,
                // Parsson refuses a depth equal to its limit; ours is the deepest accepted
                "org.eclipse.parsson.maxDepth",
                maxDepth + 1,
                "org.eclipse.parsson.maxBigDecimalLength",
                maxNumberLength,
                "org.eclipse.parsson.maxBigIntegerScale",
                maxNumberLength));
  }

  /**
   * A reader with the default limits ({@value #DEFAULT_MAX_DEPTH} levels, numbers of {@value
   * #DEFAULT_MAX_NUMBER_LENGTH} characters).
   *
   * @return the reader
   */
  public static StrictJson reader() {
    return DEFAULT;
  }

  /**
   * A reader with limits of its own.
   *
   * @param maxDepth deepest nesting accepted (objects and arrays), at least 1
   * @param maxNumberLength longest number accepted, in characters, and largest absolute scale of a
   *     number read as an integer; at least 1
   * @return the reader
   * @throws IllegalArgumentException if a limit is not positive
   */
  public static StrictJson reader(int maxDepth, int maxNumberLength) {
    return new StrictJson(maxDepth, maxNumberLength);
  }

  /**
   * The provider this class reads with, for building the JSON values a plugin writes with the same
   * implementation.
   *
   * @return Parsson's provider
   */
  public static JsonProvider provider() {
    return PROVIDER;
  }

  /**
   * The deepest nesting this reader accepts.
   *
   * @return the number of levels
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * The longest number this reader accepts.
   *
   * @return the number of characters
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Parses a JSON object.
   *
   * @param text the JSON text
   * @return the object
   * @throws BadJson {@value #TOO_DEEP}, {@value #DUPLICATE_KEY}, {@value #MALFORMED} or {@value
   *     #NOT_OBJECT}
   */
  public JsonObject object(String text) throws BadJson {
    JsonStructure structure = structure(text);
    if (!(structure instanceof JsonObject object)) {
      throw new BadJson(NOT_OBJECT, "The JSON is not an object.", null, null);
    }
    return object;
  }

  /**
   * Parses a JSON object or array.
   *
   * @param text the JSON text
   * @return the value
   * @throws BadJson {@value #TOO_DEEP}, {@value #DUPLICATE_KEY} or {@value #MALFORMED}
   */
  public JsonStructure structure(String text) throws BadJson {
    if (depthExceeded(text)) {
      throw tooDeep(null);
    }
    // A parser rather than a reader: the reader stops after the first value, so "{}x" would pass.
    try (JsonParser parser = parsers.createParser(new StringReader(text))) {
      JsonParser.Event first = parser.hasNext() ? parser.next() : null;
      if (first != JsonParser.Event.START_OBJECT && first != JsonParser.Event.START_ARRAY) {
        throw new BadJson(
            MALFORMED, "The JSON is malformed: " + NOT_A_STRUCTURE, NOT_A_STRUCTURE, null);
      }
      JsonStructure value = (JsonStructure) parser.getValue();
      if (parser.hasNext()) {
        throw new BadJson(MALFORMED, "The JSON is malformed: " + TRAILING, TRAILING, null);
      }
      return value;
    } catch (RuntimeException e) {
      // JsonParsingException and JsonException, but Parsson also throws a bare RuntimeException
      // past its depth limit and UnsupportedOperationException for a number over its length limit
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      String lower = detail.toLowerCase(Locale.ROOT);
      if (lower.contains("duplicate")) {
        throw new BadJson(DUPLICATE_KEY, "The JSON repeats a key: " + detail, detail, e);
      }
      if (lower.contains("too deeply nested") || lower.contains("depth")) {
        throw tooDeep(e);
      }
      throw new BadJson(MALFORMED, "The JSON is malformed: " + detail, detail, e);
    }
  }

  private BadJson tooDeep(Throwable cause) {
    return new BadJson(
        TOO_DEEP, "The JSON is nested deeper than " + maxDepth + " levels.", null, cause);
  }

  /** Counts brackets outside strings before parsing, so a deep input costs nothing. */
  private boolean depthExceeded(String text) {
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
        if (++depth > maxDepth) {
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
   * @param object the object, possibly null or not an object
   * @param name the member name
   * @return the string, or null when {@code object} is not an object or its member is absent or not
   *     a string
   */
  public static String string(JsonValue object, String name) {
    if (object instanceof JsonObject o && o.get(name) instanceof JsonString s) {
      return s.getString();
    }
    return null;
  }

  /** JSON that cannot be read, with a reason code and an English reason. */
  public static final class BadJson extends Exception {
    private static final long serialVersionUID = 1L;

    /** The reason code. */
    private final String code;

    /** The parser's own words, if it gave any. */
    private final String detail;

    /**
     * Creates the exception, for a plugin's own refusals next to those of the reader.
     *
     * @param code the reason code
     * @param message the English reason
     */
    public BadJson(String code, String message) {
      this(code, message, null, null);
    }

    private BadJson(String code, String message, String detail, Throwable cause) {
      super(message, cause);
      this.code = code;
      this.detail = detail;
    }

    /**
     * The reason code: {@link #TOO_DEEP}, {@link #DUPLICATE_KEY}, {@link #MALFORMED}, {@link
     * #NOT_OBJECT}, or the code given to the public constructor.
     *
     * @return the code
     */
    public String code() {
      return code;
    }

    /**
     * What the parser said, for {@link #DUPLICATE_KEY} and {@link #MALFORMED} (such as {@code
     * Duplicate key 'a' is not allowed}); null otherwise.
     *
     * @return the parser's message, or null
     */
    public String detail() {
      return detail;
    }
  }
}
