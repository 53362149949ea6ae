package org.parcours.connector.europass;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;

/** What a worker gave, checked for size and sorted into JSON or XML before anything is parsed. */
final class Inputs {

  /**
   * Largest input read: 1 MiB (the ELM 2 diploma supplement sample, images included, is 940 KB).
   */
  static final int MAX_INPUT = 1024 * 1024;

  /** How much of the input {@link #looksLikeOne} reads. */
  private static final int HEAD = 64 * 1024;

  /** Words only an EDC carries near its start: its type, or the ELM namespace and context. */
  private static final String[] MARKERS = {"EuropeanDigitalCredential", "data.europa.eu/snb"};

  /** Deepest JSON nesting accepted; the EDC samples are at most 10 levels deep. */
  static final int MAX_JSON_DEPTH = 48;

  /** Duplicate keys refused, nesting and numbers capped (connectors/support). */
  private static final StrictJson JSON = StrictJson.reader(MAX_JSON_DEPTH, 200);

  /** What the input holds. */
  enum Kind {
    JSON,
    XML
  }

  private Inputs() {}

  /** Cheap look at the first bytes: JSON or XML that names the EDC type or the ELM namespace. */
  static boolean looksLikeOne(CredentialInput input) {
    if (input.size() == 0) {
      return false;
    }
    byte[] head = Arrays.copyOf(input.content(), Math.min(input.size(), HEAD));
    String text = strip(new String(head, StandardCharsets.UTF_8));
    if (!text.startsWith("{") && !text.startsWith("<")) {
      return false;
    }
    for (String marker : MARKERS) {
      if (text.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  static Kind kind(CredentialInput input) throws CredentialRejected {
    if (input.size() == 0) {
      throw new CredentialRejected("input.empty", "The file is empty.");
    }
    if (input.size() > MAX_INPUT) {
      throw new CredentialRejected(
          "input.too-large",
          "The file is larger than "
              + MAX_INPUT / 1024
              + " KiB, more than a European Digital Credential needs.");
    }
    String start =
        strip(
            new String(
                Arrays.copyOf(input.content(), Math.min(input.size(), 1024)),
                StandardCharsets.UTF_8));
    if (start.startsWith("{")) {
      return Kind.JSON;
    }
    if (start.startsWith("<")) {
      return Kind.XML;
    }
    throw new CredentialRejected(
        "input.unrecognized",
        "This is not a European Digital Credential (JSON-LD, JAdES-sealed JSON or ELM XML).");
  }

  /** The text without a byte order mark and leading white space. */
  static String strip(String text) {
    String t = text.stripLeading();
    if (t.startsWith("\uFEFF")) {
      t = t.substring(1).stripLeading();
    }
    return t;
  }

  /**
   * Parses a JSON object strictly.
   *
   * @param text the JSON text
   * @return the object
   * @throws CredentialRejected {@code json.too-deep}, {@code json.duplicate-key}, {@code
   *     json.malformed} or {@code json.not-object}
   */
  static JsonObject json(String text) throws CredentialRejected {
    try {
      return JSON.object(text);
    } catch (StrictJson.BadJson e) {
      String message =
          e.code().equals(StrictJson.DUPLICATE_KEY)
              ? "The JSON repeats a key, which could hide another value."
              : e.getMessage();
      throw new CredentialRejected(e.code(), message, e);
    }
  }
}
