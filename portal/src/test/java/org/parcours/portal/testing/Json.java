package org.parcours.portal.testing;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/** Reads JSON answers in tests. */
public final class Json {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Json() {}

  public static JsonObject parse(String text) {
    try (JsonReader reader = PROVIDER.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
