package org.parcours.connector.pix;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Pix certificate as the shared-certification resource answers it: a JSON:API document whose
 * primary data is of type {@code certifications}, with a {@code result-competence-tree}
 * relationship to an included tree of {@code areas} and {@code result-competences}.
 *
 * @param verificationCode the code the document states, or {@code null} when it states none
 * @param status the certification status ({@code validated}, {@code rejected}, {@code
 *     cancelled}...), or {@code null} (the public shape omits it: only published certificates are
 *     shared)
 * @param published {@code is-published}, or {@code null}
 * @param cancelled {@code is-cancelled}, or {@code null}
 * @param pixScore the score in pix
 * @param date the certification date
 * @param deliveredAt when the certificate was delivered, or {@code null}
 * @param firstName the holder's first name, or {@code null}
 * @param lastName the holder's last name, or {@code null}
 * @param certificationCenter the certification centre, or {@code null}
 * @param globalLevel the global level label, or {@code null} (older certificates have none)
 * @param maxReachableLevel the highest competence level reachable on that date, or {@code null}
 * @param cleaStatus the CléA Numérique status as written ({@code acquired}, {@code rejected},
 *     {@code not_passed}), or {@code null}
 * @param complementary labels of acquired complementary certifications, possibly empty
 * @param areas the areas with their competences, in the document's order
 */
record PixCertificate(
    String verificationCode,
    String status,
    Boolean published,
    Boolean cancelled,
    int pixScore,
    Instant date,
    Instant deliveredAt,
    String firstName,
    String lastName,
    String certificationCenter,
    String globalLevel,
    Integer maxReachableLevel,
    String cleaStatus,
    List<String> complementary,
    List<Area> areas) {

  /** More areas or competences than any Pix framework has is not a certificate. */
  private static final int MAX_ITEMS = 64;

  /**
   * An area (domaine) of the framework.
   *
   * @param id its id ({@code rec...})
   * @param code its number, such as {@code 1}, or {@code null}
   * @param name its name as written, such as {@code 1. Information et données}
   * @param title its name without the number, or {@code null}
   * @param competences its competences
   */
  record Area(String id, String code, String name, String title, List<Competence> competences) {}

  /**
   * A competence result.
   *
   * @param id its id ({@code rec...})
   * @param index its number, such as {@code 1.1}
   * @param name its name
   * @param level the level certified, below 1 when not certified
   * @param score its score in pix, or {@code null}
   */
  record Competence(String id, String index, String name, int level, Integer score) {}

  /**
   * Reads a certificate document.
   *
   * @param document the parsed answer
   * @return the certificate
   * @throws BadDocument {@code pix.document.shape} naming what is missing or wrong
   */
  static PixCertificate read(JsonObject document) throws BadDocument {
    JsonObject data = object(document, "data", "the document");
    if (!"certifications".equals(string(data, "type"))) {
      throw shape("its primary data is not of type 'certifications'");
    }
    JsonObject attributes = object(data, "attributes", "data");
    Map<String, JsonObject> included = included(document);

    Integer score = integer(attributes, "pix-score");
    if (score == null || score < 0) {
      throw shape("'pix-score' is missing or not a whole number of pix");
    }
    String dateText = string(attributes, "date");
    if (dateText == null) {
      dateText = string(attributes, "certification-date");
    }
    Instant date = instant(dateText, "date");
    if (date == null) {
      throw shape("the certification 'date' is missing");
    }
    return new PixCertificate(
        string(attributes, "verification-code"),
        string(attributes, "status"),
        bool(attributes, "is-published"),
        bool(attributes, "is-cancelled"),
        score,
        date,
        instant(string(attributes, "delivered-at"), "delivered-at"),
        string(attributes, "first-name"),
        string(attributes, "last-name"),
        string(attributes, "certification-center"),
        string(attributes, "global-level-label"),
        integer(attributes, "max-reachable-level-on-certification-date"),
        string(attributes, "clea-certification-status"),
        complementary(attributes),
        areas(data, included));
  }

  private static List<Area> areas(JsonObject data, Map<String, JsonObject> included)
      throws BadDocument {
    JsonObject tree = related(data, "result-competence-tree", "result-competence-trees", included);
    List<Area> areas = new ArrayList<>();
    for (JsonObject area : relatedList(tree, "areas", "areas", included)) {
      JsonObject attributes = object(area, "attributes", "an area");
      String name = string(attributes, "name");
      if (name == null) {
        throw shape("an area has no 'name'");
      }
      List<Competence> competences = new ArrayList<>();
      for (JsonObject competence :
          relatedList(area, "result-competences", "result-competences", included)) {
        JsonObject c = object(competence, "attributes", "a competence");
        String index = string(c, "index");
        String competenceName = string(c, "name");
        Integer level = integer(c, "level");
        if (index == null || competenceName == null || level == null) {
          throw shape("a competence lacks its 'index', 'name' or whole-number 'level'");
        }
        competences.add(
            new Competence(id(competence), index, competenceName, level, integer(c, "score")));
      }
      areas.add(
          new Area(
              id(area),
              string(attributes, "code"),
              name,
              string(attributes, "title"),
              competences));
    }
    if (areas.isEmpty() || areas.stream().allMatch(a -> a.competences().isEmpty())) {
      throw shape("the competence tree has no competence");
    }
    return List.copyOf(areas);
  }

  private static List<String> complementary(JsonObject attributes) {
    List<String> labels = new ArrayList<>();
    JsonValue value = attributes.get("acquired-complementary-certification");
    if (value instanceof JsonObject o && string(o, "label") != null) {
      labels.add(string(o, "label"));
    }
    return List.copyOf(labels);
  }

  private static Map<String, JsonObject> included(JsonObject document) throws BadDocument {
    JsonValue value = document.get("included");
    if (!(value instanceof JsonArray array)) {
      throw shape("it has no 'included' resources (the competence tree)");
    }
    if (array.size() > 4 * MAX_ITEMS) {
      throw shape("it includes more resources than a certificate has");
    }
    Map<String, JsonObject> byKey = new HashMap<>();
    for (JsonValue item : array) {
      if (item instanceof JsonObject o && string(o, "type") != null && id(o) != null) {
        byKey.put(string(o, "type") + "/" + id(o), o);
      }
    }
    return byKey;
  }

  private static JsonObject related(
      JsonObject resource, String relationship, String type, Map<String, JsonObject> included)
      throws BadDocument {
    JsonValue data = linkage(resource, relationship);
    if (!(data instanceof JsonObject ref)) {
      throw shape("the '" + relationship + "' relationship is missing");
    }
    return resolve(ref, type, included);
  }

  private static List<JsonObject> relatedList(
      JsonObject resource, String relationship, String type, Map<String, JsonObject> included)
      throws BadDocument {
    JsonValue data = linkage(resource, relationship);
    if (!(data instanceof JsonArray refs)) {
      throw shape("the '" + relationship + "' relationship is missing or not a list");
    }
    if (refs.size() > MAX_ITEMS) {
      throw shape("the '" + relationship + "' relationship is longer than any Pix framework");
    }
    List<JsonObject> resolved = new ArrayList<>();
    for (JsonValue ref : refs) {
      if (!(ref instanceof JsonObject r)) {
        throw shape("the '" + relationship + "' relationship holds something else than references");
      }
      resolved.add(resolve(r, type, included));
    }
    return resolved;
  }

  private static JsonValue linkage(JsonObject resource, String relationship) {
    if (resource.get("relationships") instanceof JsonObject relationships
        && relationships.get(relationship) instanceof JsonObject rel) {
      return rel.get("data");
    }
    return null;
  }

  private static JsonObject resolve(JsonObject ref, String type, Map<String, JsonObject> included)
      throws BadDocument {
    if (!type.equals(string(ref, "type")) || id(ref) == null) {
      throw shape("a reference is not to a resource of type '" + type + "'");
    }
    JsonObject resource = included.get(type + "/" + id(ref));
    if (resource == null) {
      throw shape("the included resources lack " + type + " '" + id(ref) + "'");
    }
    return resource;
  }

  private static JsonObject object(JsonObject parent, String name, String where)
      throws BadDocument {
    if (parent.get(name) instanceof JsonObject o) {
      return o;
    }
    throw shape(where + " has no '" + name + "' object");
  }

  private static String id(JsonObject resource) {
    JsonValue id = resource.get("id");
    if (id instanceof JsonString s) {
      return s.getString();
    }
    if (id instanceof JsonNumber n && n.isIntegral()) {
      return n.toString();
    }
    return null;
  }

  private static String string(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s && !s.getString().isBlank()
        ? s.getString().strip()
        : null;
  }

  private static Integer integer(JsonObject object, String name) {
    if (object.get(name) instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.intValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
    return null;
  }

  private static Boolean bool(JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (value == JsonValue.TRUE) {
      return Boolean.TRUE;
    }
    return value == JsonValue.FALSE ? Boolean.FALSE : null;
  }

  private static Instant instant(String text, String name) throws BadDocument {
    if (text == null) {
      return null;
    }
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw shape("'" + name + "' is not an ISO date: " + text);
    }
  }

  private static BadDocument shape(String what) {
    return new BadDocument(
        "pix.document.shape", "The answer is not a Pix certificate document: " + what + ".");
  }
}
