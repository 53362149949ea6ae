package org.parcours.connector.pix;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * Tells a Pix "no such certificate" answer (a JSON:API error document, {@code {"errors":[...]}})
 * from a 404 of a route the endpoint does not have, which says nothing about the certificate.
 */
final class PixErrors {

  private PixErrors() {}

  static boolean isJsonApiError(byte[] body) {
    try {
      JsonObject document = BadDocument.json(new String(body, StandardCharsets.UTF_8));
      return document.get("errors") instanceof JsonArray errors
          && !errors.isEmpty()
          && !document.containsKey("data");
    } catch (BadDocument e) {
      return false;
    }
  }
}
