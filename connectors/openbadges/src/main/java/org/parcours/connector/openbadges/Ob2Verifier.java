package org.parcours.connector.openbadges;

import com.nimbusds.jose.jwk.JWK;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parcours.connector.openbadges.crypto.Failure;
import org.parcours.connector.openbadges.crypto.Limits;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;
import org.parcours.plugin.connector.VerificationReport.Outcome;

/**
 * Verifies Open Badges 2.0 assertions: hosted ones against the copy their issuer hosts, signed ones
 * (JWS, RS256) against the issuer's hosted {@code CryptographicKey}, both against the issuer's
 * revocation list.
 */
final class Ob2Verifier {

  private static final String CONTEXT = "https://w3id.org/openbadges/v2";
  private static final String JSON = "application/ld+json, application/json";

  private final Fetches fetches;
  private final Clock clock;

  Ob2Verifier(Fetches fetches, Clock clock) {
    this.fetches = fetches;
    this.clock = clock;
  }

  static boolean isOb2(JsonObject json) {
    JsonValue context = json.get("@context");
    boolean ob2Context =
        context instanceof JsonString s && s.getString().startsWith("https://w3id.org/openbadges/")
            || context instanceof JsonArray a
                && a.contains(StrictJson.provider().createValue(CONTEXT));
    return ob2Context || VcVerifier.types(json).contains("Assertion") || json.containsKey("badge");
  }

  /** OB 2.0 documents that are not assertions: a badge, an issuer, a key, a revocation list. */
  private static final List<String> OTHER_DOCUMENTS =
      List.of("BadgeClass", "Issuer", "Profile", "CryptographicKey", "RevocationList");

  /**
   * Names the kind of OB 2.0 document this is when it is not an assertion, else null.
   *
   * @param json an OB 2.0 document
   * @return its type when it is a badge class, issuer profile, key or revocation list
   */
  static String notAnAssertion(JsonObject json) {
    var types = VcVerifier.types(json);
    if (types.contains("Assertion")) {
      return null;
    }
    return OTHER_DOCUMENTS.stream().filter(types::contains).findFirst().orElse(null);
  }

  List<Check> verify(JsonObject assertion, Jwts.Jws jws, Recipient recipient) {
    List<Check> checks = new ArrayList<>();
    String id = StrictJson.string(assertion, "id");
    JsonObject badge = null;
    JsonObject issuer = null;
    Failure issuerProblem = null;
    try {
      badge = resolve(assertion.get("badge"), "badge");
      issuer = resolve(badge.get("issuer"), "issuer");
    } catch (Failure f) {
      issuerProblem = f;
    }
    String issuerId = issuer == null ? null : StrictJson.string(issuer, "id");

    // signature
    String keyOwner = null;
    boolean revokedByHost = false;
    Check signature;
    try {
      if (jws != null) {
        String creator = StrictJson.string(assertion.get("verification"), "creator");
        if (creator == null) {
          throw new Failure(
              "key.unresolvable", "The signed assertion names no key (verification.creator).");
        }
        JsonObject key = json(URI.create(creator), "key");
        String pem = StrictJson.string(key, "publicKeyPem");
        if (pem == null) {
          throw new Failure("key.unresolvable", "The key " + creator + " has no publicKeyPem.");
        }
        JWK jwk;
        try {
          jwk = rsaFromPem(pem);
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
          throw new Failure("key.unresolvable", "The key " + creator + " cannot be read.", e);
        }
        Jwts.verify(jws, jwk);
        keyOwner = StrictJson.string(key, "owner");
        signature =
            Checks.passed(
                Aspect.SIGNATURE,
                "signature.valid",
                "Signed assertion (" + jws.alg() + ") verified with " + creator);
      } else {
        if (id == null || !(id.startsWith("https://") || id.startsWith("http://"))) {
          throw new Failure("hosted.mismatch", "A hosted assertion must have an http(s) id.");
        }
        JsonObject hosted = json(URI.create(id), "assertion");
        if (!hosted.equals(assertion)) {
          throw new Failure(
              "hosted.mismatch",
              "The assertion differs from the one its issuer hosts at " + id + ".");
        }
        revokedByHost = hosted.get("revoked") == JsonValue.TRUE;
        signature =
            Checks.passed(
                Aspect.SIGNATURE, "hosted.matches", "Identical to the assertion hosted at " + id);
      }
    } catch (Failure f) {
      signature = Checks.from(Aspect.SIGNATURE, f);
    } catch (IllegalArgumentException e) {
      signature =
          Checks.failed(Aspect.SIGNATURE, "key.unresolvable", "Bad address: " + e.getMessage());
    }
    checks.add(signature);

    // issuer
    if (issuerProblem != null) {
      checks.add(Checks.from(Aspect.ISSUER, issuerProblem));
    } else if (signature.outcome() != Outcome.PASSED) {
      checks.add(
          Checks.unknown(
              Aspect.ISSUER,
              "issuer.unverified",
              "The issuer cannot be confirmed without a valid signature."));
    } else if (jws != null) {
      checks.add(
          keyOwner != null && keyOwner.equals(issuerId)
              ? Checks.passed(
                  Aspect.ISSUER, "issuer.controller", "Signed with a key of " + name(issuer))
              : Checks.failed(
                  Aspect.ISSUER,
                  "issuer.not-controller",
                  "The signing key belongs to "
                      + keyOwner
                      + ", not to the issuer "
                      + issuerId
                      + "."));
    } else {
      checks.add(origin(id, issuer, badge));
    }

    // dates
    checks.add(dates(assertion));

    // status
    if (revokedByHost) {
      checks.add(
          Checks.failed(Aspect.STATUS, "status.revoked", "The issuer has revoked this badge."));
    } else if (issuer == null) {
      checks.add(
          Checks.unknown(
              Aspect.STATUS, "status.unreachable", "The issuer profile could not be fetched."));
    } else {
      checks.add(revocation(issuer, id));
    }

    // schema
    checks.add(schema(assertion));
    checks.add(recipient(assertion, recipient));
    return checks;
  }

  /** Reads a PEM {@code PUBLIC KEY} (X.509 SubjectPublicKeyInfo) holding an RSA key. */
  static JWK rsaFromPem(String pem) throws java.security.GeneralSecurityException {
    String base64 =
        pem.replace("-----BEGIN PUBLIC KEY-----", "")
            .replace("-----END PUBLIC KEY-----", "")
            .replaceAll("\\s", "");
    byte[] der = java.util.Base64.getDecoder().decode(base64);
    java.security.PublicKey key =
        java.security.KeyFactory.getInstance("RSA")
            .generatePublic(new java.security.spec.X509EncodedKeySpec(der));
    return new com.nimbusds.jose.jwk.RSAKey.Builder((java.security.interfaces.RSAPublicKey) key)
        .build();
  }

  private static String name(JsonObject profile) {
    String name = StrictJson.string(profile, "name");
    return name != null ? name : StrictJson.string(profile, "id");
  }

  private JsonObject resolve(JsonValue value, String what) throws Failure {
    if (value instanceof JsonObject o) {
      return o;
    }
    if (value instanceof JsonString s) {
      try {
        return json(URI.create(s.getString()), what);
      } catch (IllegalArgumentException e) {
        throw new Failure("ob2.malformed", "Bad " + what + " address " + s.getString());
      }
    }
    throw new Failure("ob2.malformed", "The assertion has no " + what + ".");
  }

  private JsonObject json(URI uri, String what) throws Failure {
    String text = fetches.get(uri, JSON).text();
    try {
      return Limits.JSON.object(text);
    } catch (StrictJson.BadJson e) {
      throw new Failure(
          "ob2.malformed", "The " + what + " at " + uri + " is unreadable: " + e.getMessage());
    }
  }

  /** A hosted assertion lives on its issuer's origin, or one the issuer allows. */
  private static Check origin(String id, JsonObject issuer, JsonObject badge) {
    String issuerId = StrictJson.string(issuer, "id");
    JsonValue verification = issuer.get("verification");
    if (verification == null && badge != null) {
      verification = badge.get("verification");
    }
    List<String> allowedOrigins = strings(verification, "allowedOrigins");
    List<String> startsWith = strings(verification, "startsWith");
    URI assertionUri = URI.create(id);
    boolean ok;
    if (!allowedOrigins.isEmpty() || !startsWith.isEmpty()) {
      ok =
          (allowedOrigins.isEmpty() || allowedOrigins.contains(assertionUri.getHost()))
              && (startsWith.isEmpty() || startsWith.stream().anyMatch(id::startsWith));
    } else {
      String issuerHost = issuerId == null ? null : host(issuerId);
      if (issuerHost == null) {
        // an issuer named by a urn:uuid (or nothing) has no origin the hosting site could share
        return Checks.unknown(
            Aspect.ISSUER,
            "issuer.unbound",
            "The issuer "
                + issuerId
                + " is not a web address, so nothing ties it to "
                + assertionUri.getHost()
                + ", where the assertion is hosted.");
      }
      ok = issuerHost.equalsIgnoreCase(assertionUri.getHost());
    }
    return ok
        ? Checks.passed(Aspect.ISSUER, "issuer.origin", "Hosted by " + name(issuer))
        : Checks.failed(
            Aspect.ISSUER,
            "issuer.origin-mismatch",
            "The assertion is hosted at "
                + assertionUri.getHost()
                + ", which the issuer "
                + issuerId
                + " does not allow.");
  }

  private static String host(String id) {
    try {
      URI uri = URI.create(id);
      String scheme = uri.getScheme();
      return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)
          ? uri.getHost()
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<String> strings(JsonValue object, String name) {
    List<String> out = new ArrayList<>();
    if (object instanceof JsonObject o) {
      JsonValue v = o.get(name);
      if (v instanceof JsonString s) {
        out.add(s.getString());
      } else if (v instanceof JsonArray a) {
        a.stream()
            .filter(JsonString.class::isInstance)
            .forEach(x -> out.add(((JsonString) x).getString()));
      }
    }
    return out;
  }

  private Check dates(JsonObject assertion) {
    try {
      Instant issued = Dates.member(assertion, "issuedOn");
      Instant expires = Dates.member(assertion, "expires");
      Instant now = clock.instant();
      if (issued == null) {
        return Checks.failed(Aspect.DATES, "dates.malformed", "The assertion has no issue date.");
      }
      if (issued.isAfter(now)) {
        return Checks.failed(
            Aspect.DATES, "dates.not-yet-valid", "Issued in the future (" + issued + ").");
      }
      if (expires != null && expires.isBefore(issued)) {
        return Checks.failed(Aspect.DATES, "dates.inconsistent", "Expires before it was issued.");
      }
      if (expires != null && !expires.isAfter(now)) {
        return Checks.failed(Aspect.DATES, "dates.expired", "Expired on " + expires + ".");
      }
      return Checks.passed(
          Aspect.DATES,
          "dates.valid",
          "Issued " + issued + (expires != null ? ", valid until " + expires : ""));
    } catch (Failure f) {
      return Checks.failed(Aspect.DATES, f.code(), f.getMessage());
    }
  }

  private Check revocation(JsonObject issuer, String id) {
    String list = StrictJson.string(issuer, "revocationList");
    if (list == null) {
      return Checks.none(Aspect.STATUS, "status.none", "The issuer publishes no revocation list.");
    }
    try {
      JsonObject revocations = json(URI.create(list), "revocation list");
      if (revocations.get("revokedAssertions") instanceof JsonArray revoked) {
        for (JsonValue v : revoked) {
          String revokedId = v instanceof JsonString s ? s.getString() : StrictJson.string(v, "id");
          if (id != null && id.equals(revokedId)) {
            String reason = StrictJson.string(v, "revocationReason");
            return Checks.failed(
                Aspect.STATUS,
                "status.revoked",
                "The issuer has revoked this badge" + (reason != null ? ": " + reason : "."));
          }
        }
      }
      return Checks.passed(Aspect.STATUS, "status.active", "Not in the issuer's revocation list");
    } catch (Failure f) {
      return Checks.from(Aspect.STATUS, f);
    } catch (IllegalArgumentException e) {
      return Checks.unknown(
          Aspect.STATUS, "status.unreachable", "Bad revocation list address " + list);
    }
  }

  private static Check schema(JsonObject assertion) {
    JsonValue context = assertion.get("@context");
    boolean contextOk =
        context instanceof JsonString s && s.getString().equals(CONTEXT)
            || context instanceof JsonArray a
                && a.contains(StrictJson.provider().createValue(CONTEXT));
    if (!contextOk) {
      return Checks.failed(
          Aspect.SCHEMA,
          "schema.invalid",
          "Not an Open Badges 2.0 assertion: its @context is not " + CONTEXT + ".");
    }
    if (!VcVerifier.types(assertion).contains("Assertion")) {
      return Checks.failed(
          Aspect.SCHEMA,
          "schema.invalid",
          "Not an Open Badges 2.0 assertion: its type is not Assertion.");
    }
    for (String required : List.of("id", "recipient", "badge", "verification", "issuedOn")) {
      if (!assertion.containsKey(required)) {
        return Checks.failed(
            Aspect.SCHEMA, "schema.invalid", "The assertion lacks '" + required + "'.");
      }
    }
    return Checks.passed(Aspect.SCHEMA, "schema.valid", "Open Badges 2.0 assertion");
  }

  private static Check recipient(JsonObject assertion, Recipient recipient) {
    if (!(assertion.get("recipient") instanceof JsonObject r)) {
      return Checks.unknown(
          Aspect.RECIPIENT, "recipient.unnamed", "The badge does not say whom it was issued to.");
    }
    String identity = StrictJson.string(r, "identity");
    String type = StrictJson.string(r, "type");
    if (identity == null) {
      return Checks.unknown(
          Aspect.RECIPIENT, "recipient.unnamed", "The badge does not say whom it was issued to.");
    }
    boolean hashed = r.get("hashed") == JsonValue.TRUE;
    boolean match =
        "email".equals(type)
            ? VcVerifier.matchesEmail(identity, StrictJson.string(r, "salt"), hashed, recipient)
            : !hashed && recipient.identifiers().contains(identity);
    return match
        ? Checks.passed(Aspect.RECIPIENT, "recipient.match", "Issued to you")
        : Checks.failed(
            Aspect.RECIPIENT,
            "recipient.mismatch",
            "The badge names someone other than the worker importing it.");
  }
}
