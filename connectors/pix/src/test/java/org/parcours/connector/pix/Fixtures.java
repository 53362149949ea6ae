package org.parcours.connector.pix;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parcours.plugin.testkit.TestingPluginContext;

/** The Pix fixtures and the endpoint the tests configure. */
final class Fixtures {

  static final String ENDPOINT = "https://pix.test/api";
  static final String CODE = "P-BBBCCCDD";
  static final String JSON_API = "application/vnd.api+json";

  /** The serializer-test certificate of upstream Pix, unchanged: status {@code rejected}. */
  static final String REJECTED = read("certification-jsonapi-example-from-serializer-test.json");

  /** Levels and scores we made up for the 16 competences; 3.4 is not certified. */
  private static final Map<String, int[]> RESULTS =
      Map.ofEntries(
          Map.entry("1.1", new int[] {2, 13}),
          Map.entry("1.2", new int[] {3, 20}),
          Map.entry("1.3", new int[] {3, 19}),
          Map.entry("2.1", new int[] {4, 28}),
          Map.entry("2.2", new int[] {3, 21}),
          Map.entry("2.3", new int[] {2, 14}),
          Map.entry("2.4", new int[] {3, 22}),
          Map.entry("3.1", new int[] {4, 29}),
          Map.entry("3.2", new int[] {2, 12}),
          Map.entry("3.3", new int[] {3, 20}),
          Map.entry("3.4", new int[] {-1, 0}),
          Map.entry("4.1", new int[] {3, 20}),
          Map.entry("4.2", new int[] {4, 27}),
          Map.entry("4.3", new int[] {2, 13}),
          Map.entry("5.1", new int[] {3, 22}),
          Map.entry("5.2", new int[] {3, 21}));

  /** The same certificate with only its status set to {@code validated}. */
  static final String VALIDATED =
      REJECTED.replace("\"status\": \"rejected\"", "\"status\": \"validated\"");

  /**
   * A validated certificate with the 16 competences in 5 areas and CléA acquired: the upstream
   * certificate's attributes, the real areas and competences of the upstream profile, our levels.
   */
  static final String SIXTEEN = sixteen();

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

  /** The Pix files of the data folder (shared/data/pix; set by the build as parcours.data.dir). */
  private static String read(String name) {
    Path file =
        Path.of(System.getProperty("parcours.data.dir", "../../../shared/data"), "pix", name);
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("missing fixture " + file, e);
    }
  }

  private static String sixteen() {
    JsonObject certificate = object(REJECTED).getJsonObject("data");
    JsonObject profile = object(read("profile-jsonapi-2017-5-areas-16-competences.json"));
    JsonArrayBuilder included = Json.createArrayBuilder();
    Map<String, JsonArrayBuilder> byArea = new LinkedHashMap<>();
    int total = 0;
    for (JsonValue value : profile.getJsonArray("included")) {
      JsonObject item = value.asJsonObject();
      if (item.getString("type").equals("competences")) {
        JsonObject attributes = item.getJsonObject("attributes");
        int[] result = RESULTS.get(attributes.getString("index"));
        total += result[1];
        included.add(
            Json.createObjectBuilder()
                .add("id", item.getString("id"))
                .add("type", "result-competences")
                .add(
                    "attributes",
                    Json.createObjectBuilder()
                        .add("index", attributes.getString("index"))
                        .add("name", attributes.getString("name"))
                        .add("level", result[0])
                        .add("score", result[1])));
        String area =
            item.getJsonObject("relationships")
                .getJsonObject("area")
                .getJsonObject("data")
                .getJsonArray("id")
                .getString(0);
        byArea
            .computeIfAbsent(area, a -> Json.createArrayBuilder())
            .add(
                Json.createObjectBuilder()
                    .add("id", item.getString("id"))
                    .add("type", "result-competences"));
      }
    }
    JsonArrayBuilder areaRefs = Json.createArrayBuilder();
    for (JsonValue value : profile.getJsonArray("included")) {
      JsonObject item = value.asJsonObject();
      if (item.getString("type").equals("areas") && byArea.containsKey(item.getString("id"))) {
        String name = item.getJsonObject("attributes").getString("name");
        included.add(
            Json.createObjectBuilder()
                .add("id", item.getString("id"))
                .add("type", "areas")
                .add(
                    "attributes",
                    Json.createObjectBuilder()
                        .add("code", name.substring(0, name.indexOf('.')))
                        .add("name", name)
                        .add("title", name.substring(name.indexOf('.') + 2)))
                .add(
                    "relationships",
                    Json.createObjectBuilder()
                        .add(
                            "result-competences",
                            Json.createObjectBuilder()
                                .add("data", byArea.get(item.getString("id"))))));
        areaRefs.add(
            Json.createObjectBuilder().add("id", item.getString("id")).add("type", "areas"));
      }
    }
    included.add(
        Json.createObjectBuilder()
            .add("id", "1-1")
            .add("type", "result-competence-trees")
            .add("attributes", Json.createObjectBuilder().add("id", "1-1"))
            .add(
                "relationships",
                Json.createObjectBuilder()
                    .add("areas", Json.createObjectBuilder().add("data", areaRefs))));
    JsonObject attributes =
        Json.createObjectBuilder(certificate.getJsonObject("attributes"))
            .add("status", "validated")
            .add("clea-certification-status", "acquired")
            .add("pix-score", total)
            .build();
    JsonObject document =
        Json.createObjectBuilder()
            .add("data", Json.createObjectBuilder(certificate).add("attributes", attributes))
            .add("included", included)
            .build();
    // Pretty-printed like the upstream files, so tests can edit it as text.
    java.io.StringWriter out = new java.io.StringWriter();
    try (var writer =
        Json.createWriterFactory(Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
            .createWriter(out)) {
      writer.writeObject(document);
    }
    return out.toString();
  }

  private static JsonObject object(String text) {
    try (var reader = Json.createReader(new java.io.StringReader(text))) {
      return reader.readObject();
    }
  }
}
