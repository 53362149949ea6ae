package org.parcours.connector.openbadges.issuer;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.parcours.plugin.connector.CredentialRejected;

/**
 * The W3C VC Data Model rules a credential must follow before the portal signs it (VC 2.0 §4, and
 * the parts of VC 1.1 that say the same): what JSON-LD processing alone does not catch. Checked by
 * the W3C vc-data-model-2.0 test suite.
 */
final class DataModel {

  static final String V2 = "https://www.w3.org/ns/credentials/v2";
  static final String V1 = "https://www.w3.org/2018/credentials/v1";

  /** XML Schema dateTimeStamp: a dateTime with its time zone. */
  private static final Pattern DATE_TIME_STAMP =
      Pattern.compile(
          "-?\\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d"
              + "(\\.\\d+)?(Z|[+-]((0\\d|1[0-3]):[0-5]\\d|14:00))");

  /** Members whose objects must each say their type (VC 2.0 §4.5). */
  private static final List<String> TYPED =
      List.of("credentialStatus", "termsOfUse", "evidence", "refreshService", "credentialSchema");

  private DataModel() {}

  static void check(JsonObject credential) throws CredentialRejected {
    List<JsonValue> contexts = list(credential.get("@context"));
    JsonValue first = contexts.isEmpty() ? null : contexts.get(0);
    if (!(first instanceof JsonString s)
        || !(s.getString().equals(V2) || s.getString().equals(V1))) {
      throw rejected(
          "issue.context", "The first @context must be " + V2 + " (or " + V1 + " for VC 1.1)");
    }
    for (JsonValue context : contexts) {
      if (!(context instanceof JsonString || context instanceof JsonObject)) {
        throw rejected("issue.context", "Each @context must be a URL or an object");
      }
    }
    boolean v2 = ((JsonString) first).getString().equals(V2);
    JsonValue id = credential.get("id");
    if (id != null && !isUrl(id)) {
      throw rejected("issue.id", "The credential's id must be a single URL");
    }
    checkSubjects(credential.get("credentialSubject"));
    for (String member : TYPED) {
      for (JsonValue value : list(credential.get(member))) {
        if (!(value instanceof JsonObject object) || !object.containsKey("type")) {
          throw rejected("issue.type", "Each " + member + " must be an object with a type");
        }
        if (object.containsKey("id") && !isUrl(object.get("id"))) {
          throw rejected("issue.id", "The id of a " + member + " must be a single URL");
        }
        if (member.equals("credentialSchema") && !isUrl(object.get("id"))) {
          throw rejected("issue.id", "Each credentialSchema needs an id, the URL of the schema");
        }
      }
    }
    if (v2) {
      for (String member : List.of("validFrom", "validUntil")) {
        JsonValue value = credential.get(member);
        if (value != null
            && !(value instanceof JsonString date
                && DATE_TIME_STAMP.matcher(date.getString()).matches())) {
          throw rejected(
              "issue.dates",
              member + " must be a date and time with its time zone (dateTimeStamp)");
        }
      }
      checkRelatedResources(credential.get("relatedResource"));
    }
  }

  private static void checkSubjects(JsonValue value) throws CredentialRejected {
    List<JsonValue> subjects = list(value);
    if (subjects.isEmpty()) {
      throw rejected("issue.subject", "A credential needs a credentialSubject");
    }
    for (JsonValue subject : subjects) {
      if (!(subject instanceof JsonObject object) || object.isEmpty()) {
        throw rejected(
            "issue.subject", "Each credentialSubject must be an object with at least one claim");
      }
      if (object.containsKey("id") && !isUrl(object.get("id"))) {
        throw rejected("issue.id", "A credentialSubject's id must be a single URL");
      }
    }
  }

  private static void checkRelatedResources(JsonValue value) throws CredentialRejected {
    Set<String> seen = new HashSet<>();
    for (JsonValue resource : list(value)) {
      if (!(resource instanceof JsonObject object) || !isUrl(object.get("id"))) {
        throw rejected("issue.related", "Each relatedResource must be an object with a URL id");
      }
      if (!seen.add(((JsonString) object.get("id")).getString())) {
        throw rejected("issue.related", "The ids of related resources must be unique");
      }
      if (!object.containsKey("digestSRI") && !object.containsKey("digestMultibase")) {
        throw rejected(
            "issue.related", "Each relatedResource needs a digestSRI or a digestMultibase");
      }
    }
  }

  static boolean isUrl(JsonValue value) {
    if (!(value instanceof JsonString s)) {
      return false;
    }
    String text = s.getString();
    if (text.isEmpty() || text.chars().anyMatch(c -> c <= ' ')) {
      return false;
    }
    try {
      URI uri = new URI(text);
      return uri.getScheme() != null && uri.getScheme().matches("[A-Za-z][A-Za-z0-9+.-]*");
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static List<JsonValue> list(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    return value instanceof JsonArray array ? array : List.of(value);
  }

  private static CredentialRejected rejected(String code, String message) {
    return new CredentialRejected(code, message);
  }
}
