package org.parcours.connector.openbadges.issuer;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.parcours.connector.openbadges.crypto.Failure;
import org.parcours.connector.openbadges.crypto.Limits;
import org.parcours.connector.openbadges.crypto.Multibase;
import org.parcours.connector.openbadges.ld.Cryptosuites;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.issuer.CredentialIssuer;
import org.parcours.plugin.issuer.Signer;

/**
 * Secures the credentials the portal issues: Data Integrity ({@code eddsa-rdfc-2022}, {@code
 * eddsa-jcs-2022}) with pinned contexts only, or VC-JWT. The credential must name the portal as its
 * issuer, so nothing is ever signed on someone else's behalf.
 */
public final class OpenBadgesIssuer implements CredentialIssuer {

  /** The proof format of a compact VC-JWT. */
  public static final String VC_JWT = "vc-jwt";

  private static final int MAX_BYTES = 256 * 1024;

  private static final String DATA_INTEGRITY_CONTEXT =
      "https://w3id.org/security/data-integrity/v2";

  private final Cryptosuites suites;

  /**
   * Creates the issuer.
   *
   * @param suites the hashing steps, with the pinned contexts
   */
  public OpenBadgesIssuer(Cryptosuites suites) {
    this.suites = suites;
  }

  @Override
  public List<String> proofFormats() {
    return List.of(Cryptosuites.RDFC, Cryptosuites.JCS, VC_JWT);
  }

  @Override
  public String verificationMethod(Signer signer) {
    return StrictJson.provider()
        .createObjectBuilder()
        .add("id", signer.verificationMethod())
        .add("type", "Multikey")
        .add("controller", signer.controller())
        .add("publicKeyMultibase", Multibase.ed25519PublicMultikey(signer.publicKey()))
        .build()
        .toString();
  }

  @Override
  public byte[] issue(byte[] credential, String proofFormat, Signer signer, Instant created)
      throws CredentialRejected {
    if (!Signer.ED25519.equals(signer.algorithm())) {
      throw new CredentialRejected("issue.algorithm", "Only Ed25519 keys sign here");
    }
    if (credential.length > MAX_BYTES) {
      throw new CredentialRejected("input.too-large", "A credential is at most 256 KiB");
    }
    JsonObject json;
    try {
      json = Limits.JSON.object(new String(credential, StandardCharsets.UTF_8));
    } catch (StrictJson.BadJson e) {
      throw new CredentialRejected(e.code(), e.getMessage());
    }
    requireShape(json, signer);
    try {
      if (VC_JWT.equals(proofFormat)) {
        return new VcJwtSigner(signer).sign(json).getBytes(StandardCharsets.US_ASCII);
      }
      if (Cryptosuites.RDFC.equals(proofFormat) || Cryptosuites.JCS.equals(proofFormat)) {
        return new DataIntegritySigner(suites, signer)
            .sign(withProofContext(json), created, proofFormat)
            .toString()
            .getBytes(StandardCharsets.UTF_8);
      }
    } catch (Failure e) {
      throw new CredentialRejected(e.code(), e.getMessage());
    }
    throw new CredentialRejected(
        "issue.format", "Unknown proof format '" + proofFormat + "'; use one of " + proofFormats());
  }

  /**
   * A VC 1.1 credential's contexts do not define Data Integrity proofs: like other issuers, add the
   * Data Integrity context after the others (VC Data Integrity §2.1), which VC 2.0 includes.
   */
  static JsonObject withProofContext(JsonObject json) {
    var contexts = json.getJsonArray("@context");
    if (contexts.contains(StrictJson.provider().createValue(DataModel.V2))
        || contexts.contains(StrictJson.provider().createValue(DATA_INTEGRITY_CONTEXT))) {
      return json;
    }
    return StrictJson.provider()
        .createObjectBuilder(json)
        .add(
            "@context",
            StrictJson.provider().createArrayBuilder(contexts).add(DATA_INTEGRITY_CONTEXT))
        .build();
  }

  private static void requireShape(JsonObject json, Signer signer) throws CredentialRejected {
    JsonValue context = json.get("@context");
    if (context == null || context.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new CredentialRejected(
          "issue.context", "A credential needs an @context list starting with the VC context");
    }
    JsonValue types = json.get("type");
    boolean isCredential =
        types != null
            && (types instanceof JsonString s
                ? s.getString().equals("VerifiableCredential")
                : types.getValueType() == JsonValue.ValueType.ARRAY
                    && types
                        .asJsonArray()
                        .contains(StrictJson.provider().createValue("VerifiableCredential")));
    if (!isCredential) {
      throw new CredentialRejected(
          "issue.type", "A credential's type must include VerifiableCredential");
    }
    if (!json.containsKey("credentialSubject")) {
      throw new CredentialRejected("issue.subject", "A credential needs a credentialSubject");
    }
    DataModel.check(json);
    JsonValue issuer = json.get("issuer");
    String issuerId =
        issuer instanceof JsonString s
            ? s.getString()
            : issuer instanceof JsonObject o ? o.getString("id", null) : null;
    if (!signer.controller().equals(issuerId)) {
      throw new CredentialRejected(
          "issue.issuer",
          "The credential's issuer must be this portal, "
              + signer.controller()
              + ", not "
              + issuerId);
    }
  }
}
