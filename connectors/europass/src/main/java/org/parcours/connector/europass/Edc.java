package org.parcours.connector.europass;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.ParsedCredential.Skill;

/**
 * What the connector reads from a European Digital Credential, whatever its serialization (ELM 3
 * JSON-LD or ELM 2 XML).
 *
 * @param id the credential's identifier, or {@code null}
 * @param displayTitle the title the credential shows (its kind, such as "Micro-Credential"), or
 *     {@code null}
 * @param achievements the titles of what the holder achieved or attended, in order
 * @param description a longer text from the credential, or {@code null}
 * @param issuer the organisation that issues (and seals) the credential
 * @param sealHolderIds the identifiers the credential gives for whoever seals it (an eIDAS
 *     identifier such as {@code VATES-A00000000}), possibly empty
 * @param awardingBodies the organisations that awarded the achievements, in order
 * @param issued when it was issued, or {@code null}
 * @param validFrom start of validity, or {@code null}
 * @param validUntil end of validity, or {@code null}
 * @param malformedDates dates written in a form that could not be read, possibly empty
 * @param holderName the holder's full name, or {@code null}
 * @param holderEmails the holder's email addresses, possibly empty
 * @param holderId the holder's identifier as written, or {@code null}
 * @param skills ESCO skills (by concept URI) and learning outcomes without an ESCO reference
 * @param declaresStatus whether the credential points to a revocation list
 */
record Edc(
    String id,
    String displayTitle,
    List<String> achievements,
    String description,
    ParsedCredential.Issuer issuer,
    List<String> sealHolderIds,
    List<String> awardingBodies,
    Instant issued,
    Instant validFrom,
    Instant validUntil,
    List<String> malformedDates,
    String holderName,
    List<String> holderEmails,
    String holderId,
    List<Skill> skills,
    boolean declaresStatus) {

  /** The framework name under which ESCO skills are stored, as the portfolio's referential. */
  static final String ESCO = "ESCO";

  /** ESCO concept URIs start with this. */
  static final String ESCO_PREFIX = "http://data.europa.eu/esco/";

  Edc {
    achievements = List.copyOf(achievements);
    sealHolderIds = List.copyOf(sealHolderIds);
    awardingBodies = List.copyOf(awardingBodies);
    malformedDates = List.copyOf(malformedDates);
    holderEmails = List.copyOf(holderEmails);
    skills = List.copyOf(skills);
  }

  /**
   * The title of the normalized record: the credential's kind and what was achieved, such as
   * "Certificate of Participation — EDC Updates Webinar".
   */
  String title() {
    String achieved = achievements.isEmpty() ? null : achievements.get(0);
    if (displayTitle == null) {
      return achieved != null ? achieved : "Europass Digital Credential";
    }
    if (achieved == null || achieved.equalsIgnoreCase(displayTitle)) {
      return displayTitle;
    }
    return displayTitle + " — " + achieved;
  }

  /** The holder as the record names them: an email first, else a name, else an identifier. */
  String holder() {
    if (!holderEmails.isEmpty()) {
      return holderEmails.get(0);
    }
    return holderName != null ? holderName : holderId;
  }

  ParsedCredential toParsed(String format) {
    List<String> parts = new ArrayList<>();
    if (description != null) {
      parts.add(end(description));
    }
    if (!awardingBodies.isEmpty()) {
      parts.add("Décerné par : " + String.join(", ", awardingBodies) + ".");
    }
    if (holderName != null) {
      parts.add("Titulaire : " + holderName + ".");
    }
    return new ParsedCredential(
        format,
        id,
        title(),
        parts.isEmpty() ? null : String.join(" ", parts),
        issuer,
        issued,
        validFrom,
        validUntil,
        holder(),
        skills);
  }

  private static String end(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }
}
