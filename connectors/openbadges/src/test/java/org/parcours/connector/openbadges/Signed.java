package org.parcours.connector.openbadges;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import org.parcours.connector.openbadges.crypto.Failure;
import org.parcours.connector.openbadges.issuer.DataIntegritySigner;
import org.parcours.connector.openbadges.issuer.Ed25519Key;
import org.parcours.connector.openbadges.issuer.VcJwtSigner;
import org.parcours.connector.openbadges.ld.Cryptosuites;
import org.parcours.connector.openbadges.ld.PinnedContexts;
import org.parcours.connector.openbadges.ld.Rdfc;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.connector.CredentialInput;

/**
 * Credentials signed during the test with generated keys (the implementation-guide credential with
 * another issuer), and the DID documents that publish those keys.
 */
final class Signed {

  private static final String UNSIGNED =
      "openbadges3/test-vector-eddsa-rdfc-2022/credential-unsigned.json";

  private Signed() {}

  /** A fresh key whose verification method is {@code <controller>#key-1}. */
  static Ed25519Key key(String controller) {
    return Ed25519Key.generate(controller + "#key-1");
  }

  /** A fresh did:key, its verification method named as did:key requires. */
  static Ed25519Key didKey() {
    Ed25519Key seed = Ed25519Key.generate("unused");
    String multibase = seed.publicKeyMultibase();
    return new Ed25519Key(seed.seed(), "did:key:" + multibase + "#" + multibase);
  }

  /** The implementation-guide credential (OB 3.0), issued by {@code issuer}. */
  static JsonObjectBuilder credential(String issuer) {
    JsonObject unsigned = VerificationTest.object(UNSIGNED);
    return StrictJson.provider()
        .createObjectBuilder(unsigned)
        .add(
            "issuer",
            StrictJson.provider()
                .createObjectBuilder(unsigned.getJsonObject("issuer"))
                .add("id", issuer));
  }

  /** Secured with an eddsa-rdfc-2022 proof. */
  static CredentialInput rdfc(JsonObject credential, Ed25519Key key) {
    Cryptosuites suites = new Cryptosuites(new Rdfc(PinnedContexts.load(Fixtures.data())));
    try {
      JsonObject signed =
          new DataIntegritySigner(suites, key)
              .sign(credential, Fixtures.at("2026-01-01T00:00:00Z"), Cryptosuites.RDFC);
      return CredentialInput.ofText(signed.toString());
    } catch (Failure e) {
      throw new IllegalStateException(e);
    }
  }

  /** Secured as a VC-JWT (EdDSA), its kid the key's verification method. */
  static CredentialInput jwt(JsonObject credential, Ed25519Key key) {
    return CredentialInput.ofText(new VcJwtSigner(key).sign(credential));
  }

  /** Secured in the given form: {@code eddsa-rdfc-2022} or {@code vc-jwt}. */
  static CredentialInput as(String form, JsonObject credential, Ed25519Key key) {
    return form.equals("vc-jwt") ? jwt(credential, key) : rdfc(credential, key);
  }

  /**
   * A DID document publishing one Multikey.
   *
   * @param did the document's id
   * @param key the key published (its verification method as the method id)
   * @param relationship where the key is authorized: {@code assertionMethod}, {@code
   *     authentication}...
   */
  static byte[] didDocument(String did, Ed25519Key key, String relationship) {
    String method = key.verificationMethod();
    return ("{\"@context\":[\"https://www.w3.org/ns/did/v1\",\"https://w3id.org/security/multikey/v1\"],"
            + "\"id\":\""
            + did
            + "\",\"verificationMethod\":[{\"id\":\""
            + method
            + "\",\"type\":\"Multikey\",\"controller\":\""
            + did
            + "\",\"publicKeyMultibase\":\""
            + key.publicKeyMultibase()
            + "\"}],\""
            + relationship
            + "\":[\""
            + method
            + "\"]}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
