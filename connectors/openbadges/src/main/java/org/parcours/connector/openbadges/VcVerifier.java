package org.parcours.connector.openbadges;

import com.nimbusds.jose.jwk.JWK;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parcours.connector.openbadges.crypto.Ed25519;
import org.parcours.connector.openbadges.crypto.Failure;
import org.parcours.connector.openbadges.crypto.Multibase;
import org.parcours.connector.openbadges.ld.ColdStart;
import org.parcours.connector.openbadges.ld.Cryptosuites;
import org.parcours.connector.openbadges.ld.Rdfc;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;
import org.parcours.plugin.connector.VerificationReport.Outcome;

/**
 * Verifies Open Badges 3.0 / W3C Verifiable Credentials (1.1 and 2.0), secured by Data Integrity
 * EdDSA proofs or as VC-JWT, including CLR 2.0 wrappers.
 *
 * <p>Issuer rule (test-material §2.3): the proof must verify with a key whose controller is the
 * credential's issuer. When the issuer is a resolvable identifier (DID or http(s) URL) different
 * from the key's controller, the credential claims to come from someone who did not sign it: the
 * ISSUER check fails. When the issuer is not resolvable (urn:uuid...) or the key is embedded in a
 * token, nothing binds the key to the issuer: the ISSUER check is unknown. The SIGNATURE check
 * reports the proof alone, so a proof-only verifier (VC-API) can still read it.
 */
final class VcVerifier {

  /** Budget for canonicalizing one credential (document and proof configuration together). */
  static final Duration CANONICALIZATION_BUDGET = Duration.ofMillis(200);

  private final Keys keys;
  private final StatusLists statusLists;
  private final Cryptosuites suites;
  private final ColdStart coldStart = new ColdStart();
  private final Ob3Schemas schemas;
  private final Clock clock;

  VcVerifier(Keys keys, Fetches fetches, Cryptosuites suites, Ob3Schemas schemas, Clock clock) {
    this.keys = keys;
    this.statusLists = new StatusLists(fetches, (list, jws) -> verify(list, jws, null, 1));
    this.suites = suites;
    this.schemas = schemas;
    this.clock = clock;
  }

  /** The outcome of the signature check and the controllers of the keys that signed. */
  private record Signed(Check check, List<String> controllers, boolean embeddedKey) {}

  /**
   * Verifies a credential in JSON form (Data Integrity) or JWT form.
   *
   * @param credential the credential (for a JWT, the credential view of its payload)
   * @param jws the token, or null for an embedded-proof credential
   * @param recipient the worker, or null for a status list credential
   * @param depth 0 for the credential itself, 1 for its status list
   * @return the checks
   */
  List<Check> verify(JsonObject credential, Jwts.Jws jws, Recipient recipient, int depth) {
    List<Check> checks = new ArrayList<>();
    Signed signed = jws == null ? dataIntegrity(credential) : token(jws, credential);
    checks.add(signed.check());
    checks.add(issuer(credential, signed, jws));
    checks.add(dates(credential, jws));
    checks.add(
        depth == 0
            ? statusLists.check(credential)
            : Checks.none(Aspect.STATUS, "status.none", "-"));
    checks.add(
        depth == 0 ? schemas.check(credential) : Checks.none(Aspect.SCHEMA, "schema.none", "-"));
    if (recipient != null) {
      checks.add(recipient(credential, recipient));
    }
    if (depth == 0 && types(credential).contains("ClrCredential")) {
      checks.addAll(nested(credential, recipient));
    }
    return checks;
  }

  // ---- signature ---------------------------------------------------------------------------

  private Signed dataIntegrity(JsonObject credential) {
    JsonValue proofValue = credential.get("proof");
    List<JsonObject> proofs = new ArrayList<>();
    if (proofValue instanceof JsonObject one) {
      proofs.add(one);
    } else if (proofValue instanceof JsonArray many) {
      for (JsonValue v : many) {
        if (v instanceof JsonObject o) {
          proofs.add(o);
        } else {
          return new Signed(
              Checks.failed(Aspect.SIGNATURE, "proof.malformed", "A proof is not an object."),
              List.of(),
              false);
        }
      }
    }
    if (proofs.isEmpty()) {
      return new Signed(
          Checks.unknown(
              Aspect.SIGNATURE,
              "signature.missing",
              "The credential carries no proof or signature."),
          List.of(),
          false);
    }
    if (proofs.size() > 8) {
      return new Signed(
          Checks.failed(Aspect.SIGNATURE, "proof.malformed", "Too many proofs."), List.of(), false);
    }
    JsonObject unsecured = Cryptosuites.unsecured(credential);
    Signed signed = verifyProofs(unsecured, proofs, Rdfc.Deadline.in(CANONICALIZATION_BUDGET));
    if (signed.check().code().equals("canonicalization.timeout")) {
      Optional<Rdfc.Deadline> grace = coldStart.grace();
      if (grace.isPresent()) {
        return verifyProofs(unsecured, proofs, grace.get());
      }
    } else if (signed.check().outcome() == Outcome.PASSED) {
      coldStart.warm();
    }
    return signed;
  }

  /** Verifies every proof within one deadline: all must pass. */
  private Signed verifyProofs(
      JsonObject unsecured, List<JsonObject> proofs, Rdfc.Deadline deadline) {
    List<String> controllers = new ArrayList<>();
    Check unknown = null;
    for (JsonObject proof : proofs) {
      try {
        controllers.add(verifyProof(unsecured, proof, deadline));
      } catch (Failure f) {
        Check check = Checks.from(Aspect.SIGNATURE, f);
        if (check.outcome() == Outcome.FAILED) {
          return new Signed(check, List.of(), false);
        }
        unknown = check;
      }
    }
    if (unknown != null) {
      return new Signed(unknown, List.of(), false);
    }
    return new Signed(
        Checks.passed(
            Aspect.SIGNATURE,
            "signature.valid",
            proofs.size() == 1
                ? "Data Integrity proof "
                    + StrictJson.string(proofs.get(0), "cryptosuite")
                    + " verified"
                : proofs.size() + " Data Integrity proofs verified"),
        controllers,
        false);
  }

  /** Verifies one proof; returns the controller of its key. */
  private String verifyProof(JsonObject unsecured, JsonObject proof, Rdfc.Deadline deadline)
      throws Failure {
    String type = StrictJson.string(proof, "type");
    String cryptosuite = StrictJson.string(proof, "cryptosuite");
    if (!"DataIntegrityProof".equals(type) || !Cryptosuites.supported(cryptosuite)) {
      String name = cryptosuite != null ? cryptosuite : type;
      throw new Failure(
          "proof.unsupported",
          "Proofs of type "
              + name
              + " are not supported here (eddsa-rdfc-2022 and eddsa-jcs-2022"
              + " are).");
    }
    if (!"assertionMethod".equals(StrictJson.string(proof, "proofPurpose"))) {
      throw new Failure(
          "proof.purpose", "The proof is not made for issuing credentials (assertionMethod).");
    }
    String proofValue = StrictJson.string(proof, "proofValue");
    byte[] signature;
    try {
      signature = Multibase.decode(proofValue);
      if (proofValue.charAt(0) != 'z') {
        throw new IllegalArgumentException("not base58btc");
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new Failure("signature.invalid", "The proof value is not a base58btc signature.");
    }
    Instant created = Dates.member(proof, "created");
    if (created != null && created.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
      throw new Failure("proof.future", "The proof was created in the future (" + created + ").");
    }
    Keys.Key key = keys.resolve(StrictJson.string(proof, "verificationMethod"));
    if (key.ed25519() == null) {
      throw new Failure("key.unresolvable", "The verification method is not an Ed25519 key.");
    }
    Cryptosuites.Hashed hashed = Cryptosuites.toVerify(cryptosuite, unsecured, proof);
    byte[] data =
        suites.hashData(cryptosuite, hashed.document(), hashed.proofConfiguration(), deadline);
    if (!Ed25519.verify(key.ed25519(), data, signature)) {
      throw new Failure(
          "signature.invalid",
          "The proof does not match the content: the credential was altered or signed by another"
              + " key.");
    }
    return key.controller();
  }

  private Signed token(Jwts.Jws jws, JsonObject credential) {
    try {
      Jwts.checkAlgorithm(jws);
      JsonValue embedded = jws.header().get("jwk");
      String kid = StrictJson.string(jws.header(), "kid");
      if (embedded instanceof JsonObject jwkJson) {
        JWK jwk;
        try {
          jwk = JWK.parse(jwkJson.toString());
        } catch (java.text.ParseException e) {
          throw new Failure("key.unresolvable", "The key embedded in the token cannot be read.");
        }
        if (jwk.isPrivate()) {
          throw new Failure("key.unresolvable", "The token embeds a private key.");
        }
        Jwts.verify(jws, jwk);
        return new Signed(
            Checks.passed(
                Aspect.SIGNATURE,
                "signature.valid",
                "Token signature (" + jws.alg() + ") verified"),
            List.of(),
            true);
      }
      String issuer = issuerId(credential);
      String method = kid;
      if (method == null) {
        method = issuer;
      } else if (method.startsWith("#") && issuer != null) {
        method = issuer + method;
      }
      Keys.Key key = keys.resolve(method);
      if (key.jwk() != null) {
        Jwts.verify(jws, key.jwk());
      } else {
        Jwts.verifyEd25519(jws, key.ed25519());
      }
      return new Signed(
          Checks.passed(
              Aspect.SIGNATURE, "signature.valid", "Token signature (" + jws.alg() + ") verified"),
          List.of(key.controller()),
          false);
    } catch (Failure f) {
      return new Signed(Checks.from(Aspect.SIGNATURE, f), List.of(), false);
    }
  }

  // ---- issuer ------------------------------------------------------------------------------

  static String issuerId(JsonObject credential) {
    JsonValue issuer = credential.get("issuer");
    if (issuer instanceof JsonString s) {
      return s.getString();
    }
    return StrictJson.string(issuer, "id");
  }

  private static Check issuer(JsonObject credential, Signed signed, Jwts.Jws jws) {
    String issuer = issuerId(credential);
    if (issuer == null) {
      return Checks.failed(Aspect.ISSUER, "issuer.missing", "The credential names no issuer.");
    }
    if (jws != null) {
      String iss = StrictJson.string(jws.payload(), "iss");
      if (iss != null && !iss.equals(issuer)) {
        return Checks.failed(
            Aspect.ISSUER,
            "issuer.claims-mismatch",
            "The token's iss (" + iss + ") differs from the credential's issuer (" + issuer + ").");
      }
    }
    if (signed.check().outcome() != Outcome.PASSED) {
      return Checks.unknown(
          Aspect.ISSUER,
          "issuer.unverified",
          "The issuer cannot be confirmed without a valid signature.");
    }
    if (signed.embeddedKey()) {
      return Checks.unknown(
          Aspect.ISSUER,
          "issuer.key-embedded",
          "The token carries its own key, which nothing ties to " + issuer + ".");
    }
    for (String controller : signed.controllers()) {
      if (!issuer.equals(controller)) {
        boolean resolvable =
            issuer.startsWith("did:")
                || issuer.startsWith("https://")
                || issuer.startsWith("http://");
        return resolvable
            ? Checks.failed(
                Aspect.ISSUER,
                "issuer.not-controller",
                "Signed with a key of "
                    + controller
                    + ", not of the issuer it names ("
                    + issuer
                    + ").")
            : Checks.unknown(
                Aspect.ISSUER,
                "issuer.unbound",
                "The issuer "
                    + issuer
                    + " cannot be tied to the signing key of "
                    + controller
                    + ".");
      }
    }
    return Checks.passed(Aspect.ISSUER, "issuer.controller", "Signed by the issuer " + issuer);
  }

  // ---- dates -------------------------------------------------------------------------------

  private Check dates(JsonObject credential, Jwts.Jws jws) {
    Instant now = clock.instant();
    try {
      Instant from = Dates.member(credential, "validFrom");
      Instant issued = Dates.member(credential, "issuanceDate");
      Instant until = Dates.member(credential, "validUntil");
      Instant expiration = Dates.member(credential, "expirationDate");
      Instant start = from != null ? from : issued;
      Instant end = until != null ? until : expiration;
      if (jws != null) {
        Instant nbf = epoch(jws.payload(), "nbf");
        Instant exp = epoch(jws.payload(), "exp");
        start = later(start, nbf);
        end = earlier(end, exp);
      }
      if (start != null && start.isAfter(now)) {
        return Checks.failed(Aspect.DATES, "dates.not-yet-valid", "Valid only from " + start + ".");
      }
      if (end != null && !end.isAfter(now)) {
        return Checks.failed(Aspect.DATES, "dates.expired", "Expired on " + end + ".");
      }
      if (start != null && end != null && end.isBefore(start)) {
        return Checks.failed(Aspect.DATES, "dates.inconsistent", "Ends before it starts.");
      }
      return Checks.passed(
          Aspect.DATES,
          "dates.valid",
          "Valid" + (start != null ? " from " + start : "") + (end != null ? " until " + end : ""));
    } catch (Failure f) {
      return Checks.failed(Aspect.DATES, f.code(), f.getMessage());
    }
  }

  private static Instant epoch(JsonObject payload, String name) throws Failure {
    JsonValue value = payload.get(name);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber n) {
      return Instant.ofEpochSecond(n.longValue());
    }
    throw new Failure("dates.malformed", "The token's " + name + " is not a number.");
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  // ---- recipient ---------------------------------------------------------------------------

  static List<JsonObject> subjects(JsonObject credential) {
    JsonValue value = credential.get("credentialSubject");
    List<JsonObject> out = new ArrayList<>();
    if (value instanceof JsonObject o) {
      out.add(o);
    } else if (value instanceof JsonArray a) {
      for (JsonValue v : a) {
        if (v instanceof JsonObject o) {
          out.add(o);
        }
      }
    }
    return out;
  }

  static Check recipient(JsonObject credential, Recipient recipient) {
    boolean named = false;
    for (JsonObject subject : subjects(credential)) {
      String id = StrictJson.string(subject, "id");
      if (id != null) {
        named = true;
        if (recipient.identifiers().contains(id)) {
          return Checks.passed(Aspect.RECIPIENT, "recipient.match", "Issued to " + id);
        }
        if (id.startsWith("mailto:") && matchesEmail(id.substring(7), null, false, recipient)) {
          return Checks.passed(Aspect.RECIPIENT, "recipient.match", "Issued to " + id);
        }
      }
      JsonValue identifiers = subject.get("identifier");
      List<JsonObject> identities = new ArrayList<>();
      if (identifiers instanceof JsonObject o) {
        identities.add(o);
      } else if (identifiers instanceof JsonArray a) {
        a.stream()
            .filter(JsonObject.class::isInstance)
            .map(JsonObject.class::cast)
            .forEach(identities::add);
      }
      for (JsonObject identity : identities) {
        String type = StrictJson.string(identity, "identityType");
        String hash = StrictJson.string(identity, "identityHash");
        if (hash == null) {
          continue;
        }
        named = true;
        boolean hashed = identity.get("hashed") == JsonValue.TRUE;
        if ("emailAddress".equals(type)
            && matchesEmail(hash, StrictJson.string(identity, "salt"), hashed, recipient)) {
          return Checks.passed(Aspect.RECIPIENT, "recipient.match", "Issued to your email address");
        }
        if (!hashed && recipient.identifiers().contains(hash)) {
          return Checks.passed(Aspect.RECIPIENT, "recipient.match", "Issued to " + hash);
        }
      }
    }
    return named
        ? Checks.failed(
            Aspect.RECIPIENT,
            "recipient.mismatch",
            "The credential names someone other than the worker importing it.")
        : Checks.unknown(
            Aspect.RECIPIENT,
            "recipient.unnamed",
            "The credential does not say whom it was issued to.");
  }

  /**
   * Compares an email (plain or {@code sha256$hex} / {@code md5$hex} with salt) to the worker's.
   */
  static boolean matchesEmail(String identity, String salt, boolean hashed, Recipient recipient) {
    for (String email : recipient.emails()) {
      for (String candidate :
          new java.util.LinkedHashSet<>(List.of(email, email.toLowerCase(Locale.ROOT)))) {
        if (!hashed) {
          if (identity.equalsIgnoreCase(candidate)) {
            return true;
          }
          continue;
        }
        int dollar = identity.indexOf('$');
        String algorithm =
            dollar < 0 ? "sha256" : identity.substring(0, dollar).toLowerCase(Locale.ROOT);
        String expected = dollar < 0 ? identity : identity.substring(dollar + 1);
        String javaName =
            switch (algorithm) {
              case "sha256" -> "SHA-256";
              case "md5" -> "MD5";
              default -> null;
            };
        if (javaName == null) {
          return false;
        }
        try {
          byte[] digest =
              MessageDigest.getInstance(javaName)
                  .digest(
                      (candidate + (salt == null ? "" : salt)).getBytes(StandardCharsets.UTF_8));
          if (MessageDigest.isEqual(
              HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII),
              expected.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return true;
          }
        } catch (java.security.NoSuchAlgorithmException e) {
          return false;
        }
      }
    }
    return false;
  }

  // ---- helpers -----------------------------------------------------------------------------

  static Set<String> types(JsonObject credential) {
    JsonValue type = credential.get("type");
    if (type instanceof JsonString s) {
      return Set.of(s.getString());
    }
    if (type instanceof JsonArray a) {
      java.util.Set<String> out = new java.util.HashSet<>();
      a.stream()
          .filter(JsonString.class::isInstance)
          .map(v -> ((JsonString) v).getString())
          .forEach(out::add);
      return out;
    }
    return Set.of();
  }

  /**
   * The credential inside a JWT payload: the {@code vc} claim (VC 1.1 JWT) with the registered
   * claims filled in where the credential lacks them, or the payload itself (VC-JOSE 2.0).
   */
  static JsonObject credentialView(JsonObject payload) {
    if (!(payload.get("vc") instanceof JsonObject vc)) {
      return payload;
    }
    var builder = StrictJson.provider().createObjectBuilder(vc);
    if (!vc.containsKey("issuer") && payload.get("iss") instanceof JsonString iss) {
      builder.add("issuer", iss);
    }
    if (!vc.containsKey("id") && payload.get("jti") instanceof JsonString jti) {
      builder.add("id", jti);
    }
    return builder.build();
  }

  /** The credentials a CLR bundles, verified one by one and reported beside the outer checks. */
  private List<Check> nested(JsonObject clr, Recipient recipient) {
    List<Check> out = new ArrayList<>();
    int n = 0;
    for (JsonObject subject : subjects(clr)) {
      if (!(subject.get("verifiableCredential") instanceof JsonArray list)) {
        continue;
      }
      for (JsonValue value : list) {
        n++;
        if (n > 50) {
          return out;
        }
        try {
          JsonObject inner;
          Jwts.Jws jws = null;
          if (value instanceof JsonString s) {
            jws = Jwts.read(s.getString());
            inner = credentialView(jws.payload());
          } else if (value instanceof JsonObject o) {
            inner = o;
          } else {
            continue;
          }
          List<Check> checks = verify(inner, jws, null, 1);
          Check worst =
              checks.stream()
                  .filter(c -> c.outcome() == Outcome.FAILED)
                  .findFirst()
                  .orElse(
                      checks.stream()
                          .filter(c -> c.outcome() == Outcome.UNKNOWN)
                          .findFirst()
                          .orElse(null));
          String name = Parsing.title(inner);
          // a bundled credential whose signature does not verify, or that someone other than its
          // issuer signed, is a forgery inside the record: the record fails, it is not "unknown"
          Check forged =
              checks.stream()
                  .filter(c -> c.outcome() == Outcome.FAILED)
                  .filter(c -> c.aspect() == Aspect.SIGNATURE || c.aspect() == Aspect.ISSUER)
                  .findFirst()
                  .orElse(null);
          out.add(
              forged != null
                  ? Checks.failed(
                      Aspect.SIGNATURE,
                      "clr.nested-invalid",
                      "Bundled credential "
                          + name
                          + " is altered or forged ("
                          + forged.code()
                          + "): "
                          + forged.detail())
                  : worst == null
                      ? Checks.passed(
                          Aspect.SIGNATURE,
                          "clr.nested-verified",
                          "Bundled credential verified: " + name)
                      : new Check(
                          Aspect.SIGNATURE,
                          Outcome.UNKNOWN,
                          "clr.nested-unverified",
                          "Bundled credential " + name + " not verified: " + worst.detail()));
        } catch (StrictJson.BadJson e) {
          out.add(
              Checks.unknown(
                  Aspect.SIGNATURE,
                  "clr.nested-unverified",
                  "A bundled credential is unreadable."));
        }
      }
    }
    return out;
  }
}
