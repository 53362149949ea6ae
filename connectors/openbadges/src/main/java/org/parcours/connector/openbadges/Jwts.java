package org.parcours.connector.openbadges;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Base64;
import java.util.Set;
import org.parcours.connector.openbadges.crypto.Ed25519;
import org.parcours.connector.openbadges.crypto.Failure;
import org.parcours.connector.openbadges.crypto.Limits;
import org.parcours.connector.support.StrictJson;

/**
 * Compact JWS: strict reading of header and payload, and signature verification with the algorithm
 * bound to the key type (EdDSA for Ed25519, RS256/384/512 and PS256/384/512 for RSA of 2048 bits or
 * more, ES256 for P-256). {@code none} and every HMAC algorithm are refused: a public key is never
 * used as a shared secret.
 */
final class Jwts {

  private static final Set<String> RSA_ALGS =
      Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512");

  /**
   * A compact JWS read strictly.
   *
   * @param compact the original text
   * @param header the protected header
   * @param payload the payload
   */
  record Jws(String compact, JsonObject header, JsonObject payload) {

    String alg() {
      return StrictJson.string(header, "alg");
    }
  }

  private Jwts() {}

  static Jws read(String compact) throws StrictJson.BadJson {
    String[] parts = compact.split("\\.", -1);
    if (parts.length != 3) {
      throw new StrictJson.BadJson("jwt.malformed", "The token is not a compact JWS.");
    }
    try {
      JsonObject header = Limits.JSON.object(utf8(parts[0]));
      JsonObject payload = Limits.JSON.object(utf8(parts[1]));
      return new Jws(compact, header, payload);
    } catch (IllegalArgumentException e) {
      throw new StrictJson.BadJson("jwt.malformed", "The token is not valid base64url.");
    }
  }

  private static String utf8(String base64url) {
    return new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
  }

  /**
   * Verifies the signature with a key.
   *
   * @param jws the token
   * @param jwk the public key
   * @throws Failure {@code jwt.alg-forbidden}, {@code jwt.alg-key-mismatch} or {@code
   *     signature.invalid}
   */
  static void verify(Jws jws, JWK jwk) throws Failure {
    String alg = checkAlgorithm(jws);
    boolean valid;
    try {
      JWSObject object = JWSObject.parse(jws.compact());
      if (jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
        requireAlg(alg, Set.of("EdDSA", "Ed25519"), "Ed25519");
        valid =
            Ed25519.verify(
                okp.getDecodedX(), object.getSigningInput(), object.getSignature().decode());
      } else if (jwk instanceof RSAKey rsa) {
        requireAlg(alg, RSA_ALGS, "RSA");
        RSAPublicKey key = rsa.toRSAPublicKey();
        if (key.getModulus().bitLength() < 2048) {
          throw new Failure("jwt.weak-key", "The RSA key is shorter than 2048 bits.");
        }
        valid = object.verify(new RSASSAVerifier(key));
      } else if (jwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
        requireAlg(alg, Set.of("ES256"), "P-256");
        valid = object.verify(new ECDSAVerifier(ec.toECPublicKey()));
      } else {
        throw new Failure(
            "jwt.alg-key-mismatch", "Unsupported key type " + jwk.getKeyType() + " for a token.");
      }
    } catch (ParseException | JOSEException e) {
      throw new Failure("signature.invalid", "The token signature cannot be checked: " + e, e);
    }
    if (!valid) {
      throw new Failure(
          "signature.invalid",
          "The token signature does not match its content: it was altered or signed by another"
              + " key.");
    }
  }

  /**
   * Verifies an Ed25519 signature given a raw key.
   *
   * @param jws the token
   * @param ed25519 the raw public key
   * @throws Failure when the algorithm is not EdDSA or the signature is wrong
   */
  static void verifyEd25519(Jws jws, byte[] ed25519) throws Failure {
    verify(
        jws,
        new OctetKeyPair.Builder(Curve.Ed25519, com.nimbusds.jose.util.Base64URL.encode(ed25519))
            .build());
  }

  static String checkAlgorithm(Jws jws) throws Failure {
    String alg = jws.alg();
    if (alg == null || alg.equalsIgnoreCase("none")) {
      throw new Failure("jwt.alg-forbidden", "Unsigned tokens (alg 'none') are refused.");
    }
    if (alg.toUpperCase(java.util.Locale.ROOT).startsWith("HS")) {
      throw new Failure(
          "jwt.alg-forbidden",
          "Tokens signed with a shared secret (" + alg + ") cannot prove who issued them.");
    }
    if (jws.header().containsKey("crit")) {
      throw new Failure("jwt.alg-forbidden", "The token has critical header parameters.");
    }
    return alg;
  }

  private static void requireAlg(String alg, Set<String> allowed, String keyType) throws Failure {
    if (!allowed.contains(alg)) {
      throw new Failure(
          "jwt.alg-key-mismatch",
          "Algorithm " + alg + " is not allowed with a " + keyType + " key.");
    }
  }
}
