package org.parcours.connector.europass;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.VerificationReport.Aspect;

/**
 * A credential sealed with JAdES (ETSI TS 119 182-1) as the EDC infrastructure issues them: a JWS
 * in JSON serialization whose payload is the credential itself, unencoded ({@code b64:false}, RFC
 * 7797), signed with the key of the first certificate of {@code x5c}. The signature is checked with
 * nimbus-jose-jwt; the certificate is judged separately ({@link TrustList}).
 */
final class Jades {

  /** Accepted signature algorithms: RSA (PKCS#1 v1.5 and PSS) and ECDSA, never HMAC or none. */
  static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512);

  /**
   * JAdES header parameters that may be critical without changing what is signed: the signing input
   * stays {@code protected.payload}. {@code sigD} (a detached payload) is not among them.
   */
  static final Set<String> UNDERSTOOD_CRITICAL =
      Set.of(
          "b64", "sigT", "x5t#o", "sigX5ts", "srCms", "srAts", "sigPl", "sigPId", "adoTst", "cty");

  static final int MIN_RSA_BITS = 2048;

  /**
   * The parts of a JWS in JSON serialization.
   *
   * @param protectedPart the protected header as written (base64url)
   * @param protectedHeader the protected header, decoded
   * @param rawPayload the payload member as written
   * @param payload the payload: the credential's JSON text
   * @param signature the signature as written (base64url)
   * @param signatures how many signatures the envelope holds
   * @param unprotectedHeader the unprotected header, or {@code null}
   */
  record Envelope(
      String protectedPart,
      JsonObject protectedHeader,
      String rawPayload,
      String payload,
      String signature,
      int signatures,
      JsonObject unprotectedHeader) {}

  private Jades() {}

  /** A JWS in JSON serialization: a payload and one or more signatures. */
  static boolean isEnvelope(JsonObject json) {
    return json.get("payload") instanceof JsonString
        && (json.get("signatures") instanceof JsonArray || json.get("signature") != null);
  }

  static Envelope read(JsonObject json) throws CredentialRejected {
    String rawPayload = ((JsonString) json.get("payload")).getString();
    JsonObject entry;
    int count;
    if (json.get("signatures") instanceof JsonArray signatures) {
      count = signatures.size();
      if (count == 0 || !(signatures.get(0) instanceof JsonObject first)) {
        throw malformed("it holds no signature");
      }
      entry = first;
    } else {
      count = 1;
      entry = json;
    }
    String protectedPart = string(entry, "protected");
    String signature = string(entry, "signature");
    if (protectedPart == null || signature == null) {
      throw malformed("a signature has no protected header or no value");
    }
    JsonObject header;
    try {
      header =
          Inputs.json(
              new String(Base64.getUrlDecoder().decode(protectedPart), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw malformed("its protected header is not base64url");
    } catch (CredentialRejected e) {
      throw malformed("its protected header is not a JSON object");
    }
    String payload;
    if (header.get("b64") == JsonValue.FALSE) {
      payload = rawPayload;
    } else {
      try {
        payload = new String(Base64.getUrlDecoder().decode(rawPayload), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw malformed("its payload is not base64url although b64 is not false");
      }
    }
    JsonObject unprotected = entry.get("header") instanceof JsonObject h ? h : null;
    return new Envelope(protectedPart, header, rawPayload, payload, signature, count, unprotected);
  }

  private static CredentialRejected malformed(String why) {
    return new CredentialRejected("jades.malformed", "The JAdES seal is malformed: " + why + ".");
  }

  private static String string(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s ? s.getString() : null;
  }

  /** Checks the signature over the protected header and the payload. */
  static Seal verify(Envelope envelope) {
    if (envelope.signatures() != 1) {
      return Seal.without(
          Checks.unknown(
              Aspect.SIGNATURE,
              "signature.unsupported",
              "The credential carries "
                  + envelope.signatures()
                  + " signatures; only a credential with one seal is checked."));
    }
    JWSHeader header;
    try {
      header = JWSHeader.parse(new Base64URL(envelope.protectedPart()));
    } catch (ParseException e) {
      return Seal.without(
          Checks.failed(
              Aspect.SIGNATURE,
              "signature.malformed",
              "The seal's protected header is not a JWS header: " + e.getMessage()));
    }
    JWSAlgorithm algorithm = header.getAlgorithm();
    if (!ALGORITHMS.contains(algorithm)) {
      return Seal.without(
          Checks.failed(
              Aspect.SIGNATURE,
              "signature.algorithm",
              "The seal uses the algorithm "
                  + algorithm
                  + ", which does not prove an issuer (accepted: RSA and ECDSA)."));
    }
    Set<String> critical =
        header.getCriticalParams() == null ? Set.of() : header.getCriticalParams();
    for (String parameter : critical) {
      if (!UNDERSTOOD_CRITICAL.contains(parameter)) {
        return Seal.without(
            Checks.unknown(
                Aspect.SIGNATURE,
                "signature.unsupported",
                "The seal requires the header parameter '"
                    + parameter
                    + "' to be understood"
                    + (parameter.equals("sigD") ? " (a detached payload)" : "")
                    + ", which this connector does not support."));
      }
    }
    List<X509Certificate> certificates = new ArrayList<>();
    if (header.getX509CertChain() == null || header.getX509CertChain().isEmpty()) {
      return Seal.without(
          Checks.unknown(
              Aspect.SIGNATURE,
              "signature.unsupported",
              "The seal does not carry its certificate (x5c); finding a certificate by kid or"
                  + " thumbprint alone is not supported."));
    }
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (com.nimbusds.jose.util.Base64 encoded : header.getX509CertChain()) {
        certificates.add(
            (X509Certificate)
                factory.generateCertificate(new ByteArrayInputStream(encoded.decode())));
      }
    } catch (CertificateException | RuntimeException e) {
      return Seal.without(
          Checks.failed(
              Aspect.SIGNATURE,
              "signature.malformed",
              "A certificate of the seal (x5c) cannot be read: " + e.getMessage()));
    }
    X509Certificate signer = certificates.get(0);
    if (header.getX509CertSHA256Thumbprint() != null
        && !header.getX509CertSHA256Thumbprint().equals(sha256(signer))) {
      return Seal.without(
          Checks.failed(
              Aspect.SIGNATURE,
              "signature.certificate-mismatch",
              "The seal names a signing certificate (x5t#S256) other than the one it carries."));
    }
    Instant claimed = claimedTime(header.getCustomParam("sigT"));
    boolean timestamped =
        header.getCustomParam("adoTst") != null
            || (envelope.unprotectedHeader() != null
                && envelope.unprotectedHeader().containsKey("etsiU"));
    PublicKey key = signer.getPublicKey();
    JWSVerifier verifier;
    try {
      if (key instanceof RSAPublicKey rsa && JWSAlgorithm.Family.RSA.contains(algorithm)) {
        if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
          return new Seal(
              Checks.failed(
                  Aspect.SIGNATURE,
                  "signature.weak-key",
                  "The seal's RSA key has "
                      + rsa.getModulus().bitLength()
                      + " bits, fewer than the "
                      + MIN_RSA_BITS
                      + " required."),
              certificates,
              claimed,
              timestamped);
        }
        verifier = new RSASSAVerifier(rsa, UNDERSTOOD_CRITICAL);
      } else if (key instanceof ECPublicKey ec && JWSAlgorithm.Family.EC.contains(algorithm)) {
        verifier = new ECDSAVerifier(ec, UNDERSTOOD_CRITICAL);
      } else {
        return new Seal(
            Checks.failed(
                Aspect.SIGNATURE,
                "signature.algorithm",
                "The seal's algorithm " + algorithm + " does not match its certificate's key."),
            certificates,
            claimed,
            timestamped);
      }
      byte[] signingInput =
          (envelope.protectedPart() + "." + envelope.rawPayload()).getBytes(StandardCharsets.UTF_8);
      boolean valid = verifier.verify(header, signingInput, new Base64URL(envelope.signature()));
      if (!valid) {
        return new Seal(
            Checks.failed(
                Aspect.SIGNATURE,
                "signature.invalid",
                "The JAdES seal does not match the content: the credential was changed after it"
                    + " was sealed, or sealed with another key."),
            certificates,
            claimed,
            timestamped);
      }
    } catch (JOSEException | RuntimeException e) {
      return new Seal(
          Checks.failed(
              Aspect.SIGNATURE,
              "signature.invalid",
              "The JAdES seal cannot be checked: " + e.getMessage()),
          certificates,
          claimed,
          timestamped);
    }
    return new Seal(
        Checks.passed(
            Aspect.SIGNATURE,
            "signature.valid",
            "The JAdES seal ("
                + algorithm
                + ") over the credential verifies with the key of the certificate it carries: "
                + signer.getSubjectX500Principal().getName()
                + "."),
        certificates,
        claimed,
        timestamped);
  }

  private static Instant claimedTime(Object sigT) {
    return sigT instanceof String text ? Dates.parse(text) : null;
  }

  static Base64URL sha256(X509Certificate certificate) {
    try {
      return Base64URL.encode(
          MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (NoSuchAlgorithmException | java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
