package org.parcours.connector.openbadges;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.ParsedCredential.Issuer;
import org.parcours.plugin.connector.ParsedCredential.Skill;

/** Builds the portal's normalized record from a credential, without any network access. */
final class Parsing {

  private Parsing() {}

  static String title(JsonObject credential) {
    for (JsonObject subject : VcVerifier.subjects(credential)) {
      String name = StrictJson.string(subject.get("achievement"), "name");
      if (name != null && !name.isBlank()) {
        return name;
      }
    }
    String name = StrictJson.string(credential, "name");
    if (name != null && !name.isBlank()) {
      return name;
    }
    return VcVerifier.types(credential).contains("ClrCredential")
        ? "Comprehensive Learner Record"
        : "Verifiable credential";
  }

  static ParsedCredential vc(JsonObject credential, String format) {
    JsonValue issuerValue = credential.get("issuer");
    String issuerId = VcVerifier.issuerId(credential);
    String issuerName = StrictJson.string(issuerValue, "name");
    Issuer issuer =
        new Issuer(
            issuerId,
            issuerName != null && !issuerName.isBlank()
                ? issuerName
                : issuerId != null ? issuerId : "Unknown issuer",
            StrictJson.string(issuerValue, "url"));
    String description = null;
    String subject = null;
    List<Skill> skills = new ArrayList<>();
    for (JsonObject s : VcVerifier.subjects(credential)) {
      JsonValue achievement = s.get("achievement");
      if (description == null) {
        description = StrictJson.string(achievement, "description");
      }
      if (subject == null) {
        subject = StrictJson.string(s, "id");
      }
      if (subject == null && s.get("identifier") instanceof JsonArray ids) {
        for (JsonValue id : ids) {
          if (id.asJsonObject().get("hashed") != JsonValue.TRUE) {
            subject = StrictJson.string(id, "identityHash");
          }
        }
      }
      skills.addAll(alignments(achievement));
      skills.addAll(results(s, achievement));
      if (s.get("verifiableCredential") instanceof JsonArray nested) {
        for (JsonValue v : nested) {
          if (v instanceof JsonObject inner) {
            skills.add(new Skill(title(inner), null, StrictJson.string(inner, "id"), null));
          }
        }
      }
    }
    if (description == null) {
      description = StrictJson.string(credential, "description");
    }
    return new ParsedCredential(
        format,
        StrictJson.string(credential, "id"),
        title(credential),
        description,
        issuer,
        first(Dates.quiet(credential, "validFrom"), Dates.quiet(credential, "issuanceDate")),
        first(Dates.quiet(credential, "validFrom"), Dates.quiet(credential, "issuanceDate")),
        first(Dates.quiet(credential, "validUntil"), Dates.quiet(credential, "expirationDate")),
        subject,
        skills);
  }

  private static java.time.Instant first(java.time.Instant a, java.time.Instant b) {
    return a != null ? a : b;
  }

  private static List<Skill> alignments(JsonValue achievement) {
    List<Skill> out = new ArrayList<>();
    if (achievement instanceof JsonObject a && a.get("alignment") instanceof JsonArray list) {
      for (JsonValue v : list) {
        String name = StrictJson.string(v, "targetName");
        if (name != null) {
          out.add(
              new Skill(
                  name,
                  StrictJson.string(v, "targetFramework"),
                  StrictJson.string(v, "targetCode"),
                  null));
        }
      }
    }
    return out;
  }

  private static List<Skill> results(JsonObject subject, JsonValue achievement) {
    List<Skill> out = new ArrayList<>();
    if (!(subject.get("result") instanceof JsonArray results)) {
      return out;
    }
    for (JsonValue r : results) {
      String ref = StrictJson.string(r, "resultDescription");
      String name = null;
      if (achievement instanceof JsonObject a
          && a.get("resultDescription") instanceof JsonArray descriptions) {
        for (JsonValue d : descriptions) {
          if (ref != null && ref.equals(StrictJson.string(d, "id"))) {
            name = StrictJson.string(d, "name");
          }
        }
      }
      String level = StrictJson.string(r, "value");
      if (level == null) {
        level = StrictJson.string(r, "achievedLevel");
      }
      if (name != null) {
        out.add(new Skill(name, null, ref, level));
      }
    }
    return out;
  }

  static ParsedCredential ob2(JsonObject assertion, String format) {
    JsonValue badge = assertion.get("badge");
    String title = StrictJson.string(badge, "name");
    String description = StrictJson.string(badge, "description");
    JsonValue issuerValue = badge instanceof JsonObject b ? b.get("issuer") : null;
    String issuerId =
        issuerValue instanceof JsonString s ? s.getString() : StrictJson.string(issuerValue, "id");
    String issuerName = StrictJson.string(issuerValue, "name");
    if (title == null) {
      String badgeUrl = badge instanceof JsonString s ? s.getString() : null;
      title = "Open Badge" + (badgeUrl != null ? " " + badgeUrl : "");
    }
    if (issuerName == null) {
      issuerName = issuerId != null ? issuerId : "Issuer named by the badge (verify to see it)";
    }
    List<Skill> skills = alignments(badge);
    JsonValue recipient = assertion.get("recipient");
    String subject =
        recipient instanceof JsonObject r && r.get("hashed") != JsonValue.TRUE
            ? StrictJson.string(r, "identity")
            : null;
    return new ParsedCredential(
        format,
        StrictJson.string(assertion, "id"),
        title,
        description,
        new Issuer(issuerId, issuerName, StrictJson.string(issuerValue, "url")),
        Dates.quiet(assertion, "issuedOn"),
        Dates.quiet(assertion, "issuedOn"),
        Dates.quiet(assertion, "expires"),
        subject,
        skills);
  }
}
