package org.parcours.connector.pix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.parcours.plugin.testkit.TestingPluginContext;

/** The Pix fixtures and the endpoint the tests configure. */
final class Fixtures {

  static final String ENDPOINT = "https://pix.test/api";
  static final String CODE = "P-BBBCCCDD";
  static final String JSON_API = "application/vnd.api+json";

  /** The serializer-test certificate of upstream Pix, unchanged: status {@code rejected}. */
  static final String REJECTED = read("certification-jsonapi-example-from-serializer-test.json");

  /** The same certificate with only its status set to {@code validated}. */
  static final String VALIDATED =
      REJECTED.replace("\"status\": \"rejected\"", "\"status\": \"validated\"");

  /** A validated certificate with the 16 competences in 5 areas and CléA acquired. */
  static final String SIXTEEN = read("certificate-16-competences.json");

  private Fixtures() {}

  static URI lookup(String code) {
    return URI.create(ENDPOINT + "/shared-certifications/" + code);
  }

  static TestingPluginContext context() {
    return new TestingPluginContext(PixPlugin.class)
        .set(PixConnectorFactory.ENDPOINT, ENDPOINT)
        .set(PixConnectorFactory.LOOKUP_PATH, PixConnectorFactory.DEFAULT_LOOKUP_PATH);
  }

  static TestingPluginContext serving(String code, String document) {
    return context().serve(lookup(code), JSON_API, document.getBytes(StandardCharsets.UTF_8));
  }

  private static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/pix/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
