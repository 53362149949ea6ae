package org.parcours.connector.openbadges;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.parcours.connector.openbadges.crypto.Limits;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.CredentialFormat;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;

/** Reads and verifies Open Badges 2.0 / 3.0, W3C Verifiable Credentials and CLR 2.0. */
final class OpenBadgesConnector implements Connector {

  static final String VC_DI = "vc-di";
  static final String VC_JWT = "vc-jwt";
  static final String OB2 = "ob2";
  static final String OB2_JWS = "ob2-jws";

  private static final List<CredentialFormat> FORMATS =
      List.of(
          new CredentialFormat(
              VC_DI,
              "Open Badges 3.0 / Verifiable Credential (JSON-LD, Data Integrity)",
              Set.of(
                  "application/vc+ld+json",
                  "application/ld+json",
                  "application/json",
                  "image/png",
                  "image/svg+xml")),
          new CredentialFormat(
              VC_JWT,
              "Open Badges 3.0 / Verifiable Credential (JWT)",
              Set.of(
                  "application/vc+jwt",
                  "application/jwt",
                  "text/plain",
                  "image/png",
                  "image/svg+xml")),
          new CredentialFormat(
              OB2,
              "Open Badges 2.0 (hosted)",
              Set.of("application/json", "image/png", "image/svg+xml")),
          new CredentialFormat(
              OB2_JWS,
              "Open Badges 2.0 (signed)",
              Set.of("application/jwt", "text/plain", "image/png", "image/svg+xml")));

  /** A credential read from an input. */
  private record Read(String format, JsonObject credential, Jwts.Jws jws) {}

  private final VcVerifier vc;
  private final Ob2Verifier ob2;
  private final Fetches fetches;
  private final System.Logger logger;

  OpenBadgesConnector(VcVerifier vc, Ob2Verifier ob2, Fetches fetches, System.Logger logger) {
    this.vc = vc;
    this.ob2 = ob2;
    this.fetches = fetches;
    this.logger = logger;
  }

  @Override
  public List<CredentialFormat> formats() {
    return FORMATS;
  }

  @Override
  public boolean accepts(CredentialInput input) {
    return Inputs.looksLikeOne(input);
  }

  @Override
  public ParsedCredential parse(CredentialInput input) throws CredentialRejected {
    Read read = read(input);
    return switch (read.format()) {
      case OB2, OB2_JWS -> Parsing.ob2(read.credential(), read.format());
      default -> Parsing.vc(read.credential(), read.format());
    };
  }

  @Override
  public VerificationReport verify(CredentialInput input, Recipient recipient) {
    try {
      Read read = read(input);
      // one deadline for every fetch of this verification (Fetches)
      List<Check> checks =
          fetches.within(() ->
              switch (read.format()) {
                case OB2, OB2_JWS -> ob2.verify(read.credential(), read.jws(), recipient);
                default -> vc.verify(read.credential(), read.jws(), recipient, 0);
              });
      return new VerificationReport(checks);
    } catch (CredentialRejected e) {
      return new VerificationReport(
          List.of(
              new Check(
                  Aspect.SCHEMA, VerificationReport.Outcome.FAILED, e.code(), e.getMessage())));
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      logger.log(System.Logger.Level.WARNING, "verification failed unexpectedly", e);
      return new VerificationReport(
          List.of(
              Checks.unknown(
                  Aspect.SIGNATURE,
                  "verify.error",
                  "The credential could not be verified because of an internal error.")));
    }
  }

  private static Read read(CredentialInput input) throws CredentialRejected {
    Inputs.Decoded decoded = Inputs.decode(input);
    try {
      if (decoded.kind() == Inputs.Kind.JWT) {
        Jwts.Jws jws = Jwts.read(decoded.text());
        JsonObject payload = jws.payload();
        if (payload.get("vc") instanceof JsonObject
            || VcVerifier.types(payload).contains("VerifiableCredential")) {
          return new Read(VC_JWT, VcVerifier.credentialView(payload), jws);
        }
        if (Ob2Verifier.isOb2(payload)) {
          return new Read(OB2_JWS, payload, jws);
        }
        throw new CredentialRejected(
            "input.unrecognized", "The token does not hold a badge or a verifiable credential.");
      }
      JsonObject json = Limits.JSON.object(decoded.text());
      if (VcVerifier.types(json).contains("VerifiableCredential")) {
        return new Read(VC_DI, json, null);
      }
      if (Ob2Verifier.isOb2(json)) {
        String document = Ob2Verifier.notAnAssertion(json);
        if (document != null) {
          throw new CredentialRejected(
              "input.not-an-assertion",
              "This is an Open Badges 2.0 "
                  + document
                  + ", which describes a badge or its issuer; only an assertion awards a badge to"
                  + " someone.");
        }
        return new Read(OB2, json, null);
      }
      throw new CredentialRejected(
          "input.unrecognized", "This JSON is neither an Open Badge nor a verifiable credential.");
    } catch (StrictJson.BadJson e) {
      throw new CredentialRejected(e.code(), e.getMessage(), e);
    }
  }
}
