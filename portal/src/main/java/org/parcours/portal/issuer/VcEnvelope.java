package org.parcours.portal.issuer;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.portal.credential.CredentialImport;
import org.parcours.portfolio.shared.ErrorCode;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;

/**
 * The body of a VC-API verify request, {@code {"verifiableCredential": {...}, "options": {...}}},
 * read from the raw bytes. Only the envelope is read here; the credential is handed on as the exact
 * text sent, so the connector reads it under the same rules as an import (duplicate keys, nesting,
 * size) instead of a copy JSON-P has already merged.
 *
 * @param credential the credential's bytes, exactly as sent
 * @param options the options, empty when absent
 */
record VcEnvelope(byte[] credential, JsonObject options) {

  /** A credential as large as an import may be, and room for the envelope and its options. */
  static final int MAX_BYTES = CredentialImport.MAX_BYTES + 16 * 1024;

  static final String CREDENTIAL = "verifiableCredential";
  static final String OPTIONS = "options";
  static final String VC2_CONTEXT = "https://www.w3.org/ns/credentials/v2";

  /**
   * Reads a request body.
   *
   * @param body the bytes, at most {@link #MAX_BYTES} (more is refused as too large)
   * @return the envelope
   * @throws InvalidInputException 413 past the size, else 400 with the rule broken
   */
  static VcEnvelope read(byte[] body) {
    if (body.length > MAX_BYTES) {
      throw new InvalidInputException(
          ErrorCode.TOO_LARGE, List.of(new Violation("credential", "credential.too-large")));
    }
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw refused("body", "vc.request.object");
    }
    String credential = null;
    JsonObject options = JsonObject.EMPTY_JSON_OBJECT;
    Set<String> seen = new HashSet<>();
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        throw refused("body", "vc.request.object");
      }
      JsonParser.Event event;
      while ((event = parser.next()) == JsonParser.Event.KEY_NAME) {
        String name = parser.getString();
        if (!seen.add(name)) {
          throw refused(name, "vc.request.duplicate-member");
        }
        JsonParser.Event value = parser.next();
        switch (name) {
          case CREDENTIAL -> {
            if (value != JsonParser.Event.START_OBJECT) {
              throw refused(CREDENTIAL, "vc.verifiableCredential.required");
            }
            // The offset after an event is just past its last character.
            int start = (int) parser.getLocation().getStreamOffset() - 1;
            skipStructure(parser);
            credential = text.substring(start, (int) parser.getLocation().getStreamOffset());
          }
          case OPTIONS -> {
            if (value != JsonParser.Event.START_OBJECT) {
              throw refused(OPTIONS, "vc.options.object");
            }
            options = parser.getObject();
          }
          default -> throw refused(name, "vc.request.unknown-member");
        }
      }
      if (event != JsonParser.Event.END_OBJECT || parser.hasNext()) {
        throw refused("body", "vc.request.malformed");
      }
    } catch (JsonParsingException | IllegalStateException | java.util.NoSuchElementException e) {
      throw refused("body", "vc.request.malformed");
    }
    if (credential == null) {
      throw refused(CREDENTIAL, "vc.verifiableCredential.required");
    }
    return new VcEnvelope(credential.getBytes(StandardCharsets.UTF_8), options);
  }

  /**
   * What the connectors read: the token of an enveloped VC-JWT, else the credential as sent.
   *
   * @return the input
   * @throws InvalidInputException when an enveloped credential's {@code @context} is not VC 2.0's
   */
  CredentialInput input() {
    JsonObject read;
    try (var reader = Json.createReader(new ByteArrayInputStream(credential))) {
      read = reader.readObject();
    } catch (JsonException e) {
      read = null; // the connector gives the reason
    }
    String id = read != null && read.get("id") instanceof JsonString s ? s.getString() : "";
    if (read != null
        && read.get("type") instanceof JsonString type
        && "EnvelopedVerifiableCredential".equals(type.getString())
        && id.startsWith(VcApiResource.JWT_PREFIX)) {
      // VC 2.0 §4.13: an enveloped credential is a credential, its @context starts with VC 2.0's.
      if (!startsWithVc2(read.get("@context"))) {
        throw refused(CREDENTIAL + ".@context", "vc.envelope.context");
      }
      return new CredentialInput(
          id.substring(VcApiResource.JWT_PREFIX.length()).getBytes(StandardCharsets.US_ASCII),
          "application/vc+jwt",
          null,
          null);
    }
    return new CredentialInput(credential, "application/vc+ld+json", null, null);
  }

  private static boolean startsWithVc2(JsonValue context) {
    JsonValue first =
        context instanceof JsonArray array && !array.isEmpty() ? array.get(0) : context;
    return first instanceof JsonString s && VC2_CONTEXT.equals(s.getString());
  }

  // Not JsonParser.skipObject: on a truncated body Parsson's loops without end.
  private static void skipStructure(JsonParser parser) {
    int depth = 1;
    while (depth > 0) {
      switch (parser.next()) {
        case START_OBJECT, START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        default -> {}
      }
    }
  }

  private static InvalidInputException refused(String field, String rule) {
    return new InvalidInputException(List.of(new Violation(field, rule)));
  }
}
