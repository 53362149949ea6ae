package org.parcours.connector.pix;

import jakarta.json.JsonObject;
import org.parcours.connector.support.StrictJson;

/** An answer of the endpoint that is not a Pix certificate document. */
final class BadDocument extends Exception {

  private static final long serialVersionUID = 1L;

  /** Deepest nesting accepted in an answer; a certificate document is about 6 levels deep. */
  static final int MAX_DEPTH = 32;

  /** Duplicate keys refused, nesting and numbers capped (connectors/support). */
  private static final StrictJson JSON = StrictJson.reader(MAX_DEPTH, 100);

  private final String code;

  BadDocument(String code, String message) {
    super(message);
    this.code = code;
  }

  String code() {
    return code;
  }

  /**
   * Parses an answer of the endpoint as a JSON object, strictly.
   *
   * @param text the answer
   * @return the object
   * @throws BadDocument {@code pix.document.malformed} when it is not a well-formed JSON object
   */
  static JsonObject json(String text) throws BadDocument {
    try {
      return JSON.object(text);
    } catch (StrictJson.BadJson e) {
      String message =
          switch (e.code()) {
            case StrictJson.TOO_DEEP ->
                "The answer is nested deeper than " + MAX_DEPTH + " levels.";
            case StrictJson.NOT_OBJECT -> "The answer is JSON but not an object.";
            default -> "The answer is not valid JSON: " + e.detail();
          };
      throw new BadDocument("pix.document.malformed", message);
    }
  }
}
