package org.parcours.connector.europass;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.ParsedCredential.Skill;

/**
 * Reads an ELM 3 credential (JSON-LD, context {@code
 * http://data.europa.eu/snb/model/context/edc-ap}) as plain JSON: the terms of the EDC application
 * profile are read by name, which is what the context maps them to. Multilingual values ({@code
 * {"en": "...", "fr": "..."}}) give one text.
 */
final class Elm3 {

  static final String TYPE = "EuropeanDigitalCredential";

  /** Most skills kept from one credential, whatever it claims. */
  static final int MAX_SKILLS = 500;

  private Elm3() {}

  /** Tells whether a JSON object is an EDC, by its {@code type}. */
  static boolean isEdc(JsonObject credential) {
    return values(credential.get("type")).stream()
        .anyMatch(v -> v instanceof JsonString s && TYPE.equals(s.getString()));
  }

  static Edc read(JsonObject credential) throws CredentialRejected {
    if (!isEdc(credential)) {
      throw new CredentialRejected(
          "edc.not-edc",
          "This JSON is not a European Digital Credential (its type does not name " + TYPE + ").");
    }
    JsonObject subject = first(credential.get("credentialSubject"));
    if (subject == null) {
      throw new CredentialRejected(
          "edc.malformed", "The credential names no holder (no credentialSubject).");
    }
    ParsedCredential.Issuer issuer = issuer(credential.get("issuer"));
    if (issuer == null) {
      throw new CredentialRejected(
          "edc.malformed", "The credential names no issuer with a name or an identifier.");
    }

    List<JsonObject> claims = objects(subject.get("hasClaim"));
    List<String> achievements = new ArrayList<>();
    Set<String> awardingBodies = new LinkedHashSet<>();
    String claimDescription = null;
    for (JsonObject claim : claims) {
      String title = text(claim.get("title"));
      if (title == null && claim.get("specifiedBy") instanceof JsonObject spec) {
        title = text(spec.get("title"));
      }
      if (title != null && !achievements.contains(title)) {
        achievements.add(title);
      }
      if (claimDescription == null) {
        claimDescription = text(claim.get("description"));
      }
      for (JsonObject process : objects(claim.get("awardedBy"))) {
        for (JsonObject body : objects(process.get("awardingBody"))) {
          String name = organisationName(body);
          if (name != null) {
            awardingBodies.add(name);
          }
        }
      }
    }
    JsonObject display = first(credential.get("displayParameter"));
    String displayTitle = display == null ? null : text(display.get("title"));
    String description = claimDescription;
    if (description == null && display != null) {
      description = text(display.get("description"));
    }

    List<String> malformed = new ArrayList<>();
    Instant issued = date(credential, "issued", malformed);
    if (issued == null) {
      issued = date(credential, "issuanceDate", malformed);
    }
    Instant validFrom = date(credential, "validFrom", malformed);
    Instant validUntil = date(credential, "validUntil", malformed);
    if (validUntil == null) {
      validUntil = date(credential, "expirationDate", malformed);
    }

    List<String> sealHolderIds = new ArrayList<>();
    if (first(credential.get("issuer")) instanceof JsonObject issuerObject) {
      for (JsonObject identifier : objects(issuerObject.get("eIDASIdentifier"))) {
        String notation = string(identifier, "notation");
        if (notation != null && !notation.isBlank()) {
          sealHolderIds.add(notation.strip());
        }
      }
    }

    Map<String, Skill> skills = new LinkedHashMap<>();
    collectSkills(subject, null, skills);

    return new Edc(
        string(credential, "id"),
        displayTitle,
        achievements,
        description,
        issuer,
        sealHolderIds,
        List.copyOf(awardingBodies),
        issued,
        validFrom,
        validUntil,
        malformed,
        holderName(subject),
        emails(subject),
        string(subject, "id"),
        List.copyOf(skills.values()),
        credential.containsKey("credentialStatus") || credential.containsKey("status"));
  }

  /**
   * Walks the holder's claims for learning outcomes: each ESCO skill they relate to becomes a skill
   * by its concept URI; an outcome without one becomes a skill by its title.
   */
  private static void collectSkills(JsonValue value, String key, Map<String, Skill> skills) {
    if (skills.size() >= MAX_SKILLS) {
      return;
    }
    if (value instanceof JsonArray array) {
      for (JsonValue item : array) {
        collectSkills(item, key, skills);
      }
      return;
    }
    if (!(value instanceof JsonObject object)) {
      return;
    }
    boolean outcome = "learningOutcome".equals(key) || "LearningOutcome".equals(type(object));
    String outcomeTitle = outcome ? firstText(object, "title", "prefLabel") : null;
    List<JsonValue> esco = new ArrayList<>();
    esco.addAll(values(object.get("relatedESCOSkill")));
    esco.addAll(values(object.get("relatedEscoSkill")));
    boolean anyEsco = false;
    for (JsonValue reference : esco) {
      String uri =
          reference instanceof JsonString s
              ? s.getString()
              : reference instanceof JsonObject o ? string(o, "id") : null;
      if (uri == null || !uri.startsWith(Edc.ESCO_PREFIX)) {
        continue;
      }
      anyEsco = true;
      String label = reference instanceof JsonObject o ? text(o.get("prefLabel")) : null;
      if (label == null) {
        label = outcomeTitle != null ? outcomeTitle : uri;
      }
      skills.putIfAbsent(uri, new Skill(label, Edc.ESCO, uri, null));
    }
    if (outcome && !anyEsco && outcomeTitle != null) {
      skills.putIfAbsent(
          "outcome:" + outcomeTitle.toLowerCase(Locale.ROOT),
          new Skill(outcomeTitle, null, null, null));
    }
    for (Map.Entry<String, JsonValue> member : object.entrySet()) {
      if (!member.getKey().equals("relatedESCOSkill")
          && !member.getKey().equals("relatedEscoSkill")) {
        collectSkills(member.getValue(), member.getKey(), skills);
      }
    }
  }

  private static ParsedCredential.Issuer issuer(JsonValue value) {
    if (value instanceof JsonString s && !s.getString().isBlank()) {
      return new ParsedCredential.Issuer(s.getString(), s.getString(), null);
    }
    JsonObject issuer = first(value);
    if (issuer == null) {
      return null;
    }
    String id = string(issuer, "id");
    String name = organisationName(issuer);
    if (name == null) {
      name = id;
    }
    if (name == null) {
      return null;
    }
    String url = null;
    for (JsonObject homepage : objects(issuer.get("homepage"))) {
      url = string(homepage, "contentURL");
      if (url != null) {
        break;
      }
    }
    return new ParsedCredential.Issuer(id, name, url);
  }

  private static String organisationName(JsonObject organisation) {
    return firstText(organisation, "legalName", "prefLabel", "altLabel");
  }

  private static String holderName(JsonObject subject) {
    String full = text(subject.get("fullName"));
    if (full != null) {
      return full;
    }
    String given = text(subject.get("givenName"));
    String family = text(subject.get("familyName"));
    String name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    return name.isEmpty() ? null : name;
  }

  private static List<String> emails(JsonObject subject) {
    Set<String> emails = new LinkedHashSet<>();
    for (JsonObject contact : objects(subject.get("contactPoint"))) {
      for (JsonValue address : values(contact.get("emailAddress"))) {
        String uri =
            address instanceof JsonString s
                ? s.getString()
                : address instanceof JsonObject o ? string(o, "id") : null;
        String email = Elm2.mailbox(uri);
        if (email != null) {
          emails.add(email);
        }
      }
    }
    return List.copyOf(emails);
  }

  private static Instant date(JsonObject object, String name, List<String> malformed) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    String text = value instanceof JsonString s ? s.getString() : value.toString();
    Instant instant = Dates.parse(text);
    if (instant == null) {
      malformed.add(name + " '" + text + "'");
    }
    return instant;
  }

  private static String firstText(JsonObject object, String... names) {
    for (String name : names) {
      String text = text(object.get(name));
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  /** A text from a plain string, a language map, or an array of either. */
  static String text(JsonValue value) {
    if (value instanceof JsonString s) {
      return s.getString().isBlank() ? null : s.getString().strip();
    }
    if (value instanceof JsonArray array) {
      for (JsonValue item : array) {
        String text = text(item);
        if (text != null) {
          return text;
        }
      }
      return null;
    }
    if (value instanceof JsonObject map) {
      if (map.get("@value") instanceof JsonString s) {
        return text(s);
      }
      Map<String, String> byLanguage = new LinkedHashMap<>();
      for (Map.Entry<String, JsonValue> entry : map.entrySet()) {
        String text =
            entry.getValue() instanceof JsonString || entry.getValue() instanceof JsonArray
                ? text(entry.getValue())
                : null;
        if (text != null) {
          byLanguage.put(entry.getKey().toLowerCase(Locale.ROOT), text);
        }
      }
      return Langs.pick(byLanguage);
    }
    return null;
  }

  private static String type(JsonObject object) {
    return values(object.get("type")).stream()
        .filter(JsonString.class::isInstance)
        .map(v -> ((JsonString) v).getString())
        .findFirst()
        .orElse(null);
  }

  static String string(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private static List<JsonValue> values(JsonValue value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof JsonArray array) {
      return array;
    }
    return List.of(value);
  }

  private static List<JsonObject> objects(JsonValue value) {
    return values(value).stream()
        .filter(JsonObject.class::isInstance)
        .map(JsonObject.class::cast)
        .toList();
  }

  private static JsonObject first(JsonValue value) {
    List<JsonObject> objects = objects(value);
    return objects.isEmpty() ? null : objects.get(0);
  }
}
