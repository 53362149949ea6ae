package org.parcours.connector.openbadges.issuer;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.issuer.Signer;

/**
 * Secures a credential as a VC-JOSE compact JWS ({@code typ: vc+jwt}, {@code alg: EdDSA}): the
 * payload is the credential itself (VC 2.0), the {@code kid} its verification method.
 */
public final class VcJwtSigner {

  private final Signer key;

  /**
   * Creates a signer.
   *
   * @param key the signing key
   */
  public VcJwtSigner(Signer key) {
    this.key = key;
  }

  /**
   * Signs a credential.
   *
   * @param credential the unsecured credential
   * @return the compact token
   */
  public String sign(JsonObject credential) {
    JsonObject header =
        StrictJson.provider()
            .createObjectBuilder()
            .add("alg", "EdDSA")
            .add("typ", "vc+jwt")
            .add("kid", key.verificationMethod())
            .build();
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String signingInput =
        b64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8))
            + "."
            + b64.encodeToString(credential.toString().getBytes(StandardCharsets.UTF_8));
    byte[] signature = key.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + b64.encodeToString(signature);
  }
}
