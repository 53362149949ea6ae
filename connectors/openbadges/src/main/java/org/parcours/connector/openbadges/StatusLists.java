package org.parcours.connector.openbadges;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.parcours.connector.openbadges.crypto.Failure;
import org.parcours.connector.openbadges.crypto.Limits;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;
import org.parcours.plugin.connector.VerificationReport.Outcome;

/**
 * The STATUS check of a credential: W3C Bitstring Status List ({@code BitstringStatusListEntry})
 * and its predecessor StatusList2021 ({@code StatusList2021Entry}), which share the list format
 * (GZIP-compressed bitstring, base64url, optionally multibase {@code u}; bit 0 is the most
 * significant bit of the first byte).
 *
 * <p>What cannot be told is unknown, never passed: a list that cannot be fetched, whose own checks
 * (signature, issuer, dates) do not all pass, or that another issuer signed. What the issuer's own,
 * verified list definitely says is passed or failed: a set bit (revoked, suspended), and also an
 * index beyond the list or a list that is not a readable bitstring (the spec's RANGE_ERROR and
 * decoding errors; only the issuer can correct them).
 */
final class StatusLists {

  /** Verifies a status list credential as a credential (its signature, issuer and dates). */
  interface ListVerifier {
    List<Check> verify(JsonObject list, Jwts.Jws jws);
  }

  /** Largest inflated status list, in bytes (134 million entries). */
  static final int MAX_STATUS_LIST = 16 * 1024 * 1024;

  /** Purposes that decide whether a credential is valid; others (refresh, message) do not. */
  private static final Set<String> VALIDITY_PURPOSES = Set.of("revocation", "suspension");

  private final Fetches fetches;
  private final ListVerifier lists;

  StatusLists(Fetches fetches, ListVerifier lists) {
    this.fetches = fetches;
    this.lists = lists;
  }

  /**
   * Checks every status entry of a credential: failed if one fails, else unknown if one is unknown,
   * else passed if one passed.
   */
  Check check(JsonObject credential) {
    JsonValue value = credential.get("credentialStatus");
    if (value == null) {
      return Checks.none(Aspect.STATUS, "status.none", "The credential declares no status list.");
    }
    List<JsonObject> entries = new ArrayList<>();
    for (JsonValue v : value instanceof JsonArray a ? a : List.of(value)) {
      if (v instanceof JsonObject o) {
        entries.add(o);
      }
    }
    Check result = null;
    for (JsonObject entry : entries) {
      Check check = entry(credential, entry);
      if (check.outcome() == Outcome.FAILED) {
        return check;
      }
      if (result == null || rank(check) > rank(result)) {
        result = check;
      }
    }
    return result != null
        ? result
        : Checks.unknown(Aspect.STATUS, "status.unsupported", "The status entry cannot be read.");
  }

  private static int rank(Check check) {
    return switch (check.outcome()) {
      case UNKNOWN -> 2;
      case PASSED -> 1;
      default -> 0;
    };
  }

  private Check entry(JsonObject credential, JsonObject entry) {
    String type = StrictJson.string(entry, "type");
    if (!"BitstringStatusListEntry".equals(type) && !"StatusList2021Entry".equals(type)) {
      return Checks.unknown(
          Aspect.STATUS, "status.unsupported", "Status of type " + type + " is not supported.");
    }
    String purpose = StrictJson.string(entry, "statusPurpose");
    if (purpose != null && !VALIDITY_PURPOSES.contains(purpose)) {
      return Checks.none(
          Aspect.STATUS,
          "status.other-purpose",
          "A status for " + purpose + ", which does not bear on validity.");
    }
    JsonValue size = entry.get("statusSize");
    if (size != null && !(size instanceof JsonNumber n && n.isIntegral() && n.intValue() == 1)) {
      return Checks.unknown(
          Aspect.STATUS,
          "status.unsupported",
          "Status entries of more than one bit per credential are not supported.");
    }
    String listUrl = StrictJson.string(entry, "statusListCredential");
    long index;
    try {
      JsonValue raw = entry.get("statusListIndex");
      index =
          raw instanceof JsonString s
              ? Long.parseLong(s.getString())
              : ((JsonNumber) raw).longValueExact();
    } catch (RuntimeException e) {
      return Checks.failed(Aspect.STATUS, "status.malformed", "The status index is not a number.");
    }
    if (listUrl == null || index < 0) {
      return Checks.failed(Aspect.STATUS, "status.malformed", "The status entry is incomplete.");
    }
    JsonObject list;
    try {
      list = trustedList(credential, URI.create(listUrl));
    } catch (Failure f) {
      return f.code().equals("status.list-unverified")
          ? Checks.unknown(Aspect.STATUS, f.code(), f.getMessage())
          : Checks.from(Aspect.STATUS, f);
    } catch (IllegalArgumentException e) {
      return Checks.failed(Aspect.STATUS, "status.malformed", "Bad status list address " + listUrl);
    }
    JsonValue subject = list.get("credentialSubject");
    String encoded = StrictJson.string(subject, "encodedList");
    String listPurpose = StrictJson.string(subject, "statusPurpose");
    if (encoded == null) {
      return Checks.unknown(
          Aspect.STATUS, "status.list-unverified", "The status list has no encodedList.");
    }
    if (purpose != null && listPurpose != null && !purpose.equals(listPurpose)) {
      return Checks.unknown(
          Aspect.STATUS,
          "status.list-unverified",
          "The status list is for " + listPurpose + ", not " + purpose + ".");
    }
    byte[] bits;
    try {
      bits = inflate(encoded);
    } catch (Failure f) {
      return Checks.failed(Aspect.STATUS, f.code(), f.getMessage());
    }
    if (index >= (long) bits.length * 8) {
      return Checks.failed(
          Aspect.STATUS,
          "status.out-of-range",
          "The status index "
              + index
              + " is beyond the issuer's list of "
              + (long) bits.length * 8
              + " entries.");
    }
    boolean suspension = "suspension".equals(purpose);
    boolean set = (bits[(int) (index >> 3)] & (0x80 >> (index & 7))) != 0;
    if (!set) {
      return Checks.passed(
          Aspect.STATUS,
          "status.active",
          "Not " + (suspension ? "suspended" : "revoked") + " (status list " + listUrl + ")");
    }
    return suspension
        ? Checks.failed(
            Aspect.STATUS, "status.suspended", "The issuer has suspended this credential.")
        : Checks.failed(Aspect.STATUS, "status.revoked", "The issuer has revoked this credential.");
  }

  /**
   * Fetches a status list credential and accepts it only if all its checks pass and the
   * credential's issuer issued it: anyone can publish a list, only the issuer's list counts.
   */
  private JsonObject trustedList(JsonObject credential, URI uri) throws Failure {
    String text =
        fetches
            .get(uri, "application/vc+ld+json, application/vc+jwt, application/json")
            .text()
            .strip();
    JsonObject list;
    Jwts.Jws jws = null;
    try {
      if (text.startsWith("{")) {
        list = Limits.JSON.object(text);
      } else {
        jws = Jwts.read(text);
        list = VcVerifier.credentialView(jws.payload());
      }
    } catch (StrictJson.BadJson e) {
      throw unverified("The status list is unreadable: " + e.getMessage());
    }
    for (Check c : lists.verify(list, jws)) {
      if (c.code().equals("fetch.deadline")) {
        // the list's own key did not come in time: say so, the list itself may be fine
        throw new Failure("fetch.deadline", c.detail());
      }
      if (c.outcome() == Outcome.FAILED || c.outcome() == Outcome.UNKNOWN) {
        throw unverified("The status list " + uri + " cannot be trusted: " + c.detail());
      }
    }
    String listIssuer = VcVerifier.issuerId(list);
    if (listIssuer == null || !listIssuer.equals(VcVerifier.issuerId(credential))) {
      throw unverified(
          "The status list is issued by " + listIssuer + ", not by the credential's issuer.");
    }
    return list;
  }

  private static Failure unverified(String reason) {
    return new Failure("status.list-unverified", reason);
  }

  /** Decodes and gunzips an encoded status list, refusing more than the cap once inflated. */
  static byte[] inflate(String encoded) throws Failure {
    if (encoded.length() > 4 * 1024 * 1024) {
      throw new Failure("status.too-large", "The status list is larger than allowed.");
    }
    byte[] compressed;
    try {
      String text = encoded.startsWith("u") ? encoded.substring(1) : encoded;
      compressed =
          Base64.getUrlDecoder().decode(text.replace('+', '-').replace('/', '_').replace("=", ""));
    } catch (IllegalArgumentException e) {
      throw new Failure("status.malformed", "The status list is not base64url.");
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      return Inputs.readCapped(in, MAX_STATUS_LIST);
    } catch (IOException e) {
      if (String.valueOf(e.getMessage()).startsWith("inflated content larger")) {
        throw new Failure(
            "status.too-large",
            "The status list inflates to more than "
                + MAX_STATUS_LIST / (1024 * 1024)
                + " MiB (a gzip bomb?).");
      }
      throw new Failure("status.malformed", "The status list is not gzip data.");
    }
  }
}
