package org.parcours.connector.openbadges.ld;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.erdtman.jcs.JsonCanonicalizer;
import org.parcours.connector.openbadges.crypto.Failure;
import org.parcours.connector.support.StrictJson;

/**
 * The hashing steps shared by signing and verifying the EdDSA Data Integrity cryptosuites: {@code
 * eddsa-rdfc-2022} (RDFC-1.0 canonical N-Quads) and {@code eddsa-jcs-2022} (RFC 8785 JCS). The data
 * to sign is SHA-256 of the canonical proof configuration followed by SHA-256 of the canonical
 * document.
 */
public final class Cryptosuites {

  /** RDF canonicalization suite. */
  public static final String RDFC = "eddsa-rdfc-2022";

  /** JSON canonicalization suite. */
  public static final String JCS = "eddsa-jcs-2022";

  private final Rdfc rdfc;

  /**
   * Creates the hashing steps.
   *
   * @param rdfc the canonicalizer with pinned contexts
   */
  public Cryptosuites(Rdfc rdfc) {
    this.rdfc = rdfc;
  }

  /**
   * Whether a cryptosuite is one of those supported here.
   *
   * @param cryptosuite a {@code cryptosuite} value
   * @return {@code true} for eddsa-rdfc-2022 and eddsa-jcs-2022
   */
  public static boolean supported(String cryptosuite) {
    return RDFC.equals(cryptosuite) || JCS.equals(cryptosuite);
  }

  /**
   * The document without its proof.
   *
   * @param secured a secured document
   * @return the same members but {@code proof}
   */
  public static JsonObject unsecured(JsonObject secured) {
    JsonObjectBuilder builder = StrictJson.provider().createObjectBuilder();
    for (Map.Entry<String, JsonValue> e : secured.entrySet()) {
      if (!e.getKey().equals("proof")) {
        builder.add(e.getKey(), e.getValue());
      }
    }
    return builder.build();
  }

  /**
   * The proof configuration: the proof without its value, with the document's context.
   *
   * @param proof the proof object
   * @param document the unsecured document
   * @return the proof configuration
   */
  public static JsonObject proofConfiguration(JsonObject proof, JsonObject document) {
    JsonObjectBuilder builder = StrictJson.provider().createObjectBuilder();
    if (document.containsKey("@context")) {
      builder.add("@context", document.get("@context"));
    }
    for (Map.Entry<String, JsonValue> e : proof.entrySet()) {
      if (!e.getKey().equals("proofValue") && !e.getKey().equals("@context")) {
        builder.add(e.getKey(), e.getValue());
      }
    }
    return builder.build();
  }

  /** What a proof's hash covers: the document and the proof configuration. */
  public record Hashed(JsonObject document, JsonObject proofConfiguration) {}

  /**
   * What to hash to verify a proof. For {@code eddsa-rdfc-2022} the proof configuration takes the
   * document's context. For {@code eddsa-jcs-2022} (vc-di-eddsa §3.3.2) it is the proof as it is,
   * without its value: when the proof carries an {@code @context}, the document's must start with
   * it, and the document is hashed with the proof's context.
   *
   * @param cryptosuite {@link #RDFC} or {@link #JCS}
   * @param unsecured the document without its proofs
   * @param proof the proof to verify
   * @return the document and proof configuration to hash
   * @throws Failure {@code proof.context} when a JCS proof's context is not the document's
   */
  public static Hashed toVerify(String cryptosuite, JsonObject unsecured, JsonObject proof)
      throws Failure {
    if (!JCS.equals(cryptosuite)) {
      return new Hashed(unsecured, proofConfiguration(proof, unsecured));
    }
    JsonObjectBuilder configuration = StrictJson.provider().createObjectBuilder(proof);
    configuration.remove("proofValue");
    JsonValue proofContext = proof.get("@context");
    if (proofContext == null) {
      return new Hashed(unsecured, configuration.build());
    }
    java.util.List<JsonValue> expected = list(proofContext);
    java.util.List<JsonValue> actual = list(unsecured.get("@context"));
    if (actual.size() < expected.size() || !actual.subList(0, expected.size()).equals(expected)) {
      throw new Failure(
          "proof.context",
          "The proof's @context is not the beginning of the credential's @context.");
    }
    JsonObject document =
        StrictJson.provider().createObjectBuilder(unsecured).add("@context", proofContext).build();
    return new Hashed(document, configuration.build());
  }

  /**
   * The proof options a signer publishes, before its value: {@code eddsa-jcs-2022} copies the
   * document's context into the proof (vc-di-eddsa §3.3.1), {@code eddsa-rdfc-2022} does not.
   *
   * @param cryptosuite {@link #RDFC} or {@link #JCS}
   * @param proof the proof options
   * @param unsecured the document to sign
   * @return the proof to publish, without its value
   */
  public static JsonObject toSign(String cryptosuite, JsonObject proof, JsonObject unsecured) {
    if (!JCS.equals(cryptosuite) || !unsecured.containsKey("@context")) {
      return proof;
    }
    return StrictJson.provider()
        .createObjectBuilder(proof)
        .add("@context", unsecured.get("@context"))
        .build();
  }

  private static java.util.List<JsonValue> list(JsonValue value) {
    if (value == null) {
      return java.util.List.of();
    }
    return value.getValueType() == JsonValue.ValueType.ARRAY
        ? value.asJsonArray()
        : java.util.List.of(value);
  }

  /**
   * The data to sign or verify.
   *
   * @param cryptosuite {@link #RDFC} or {@link #JCS}
   * @param document the unsecured document
   * @param proofConfiguration the proof configuration
   * @param deadline when canonicalization must have finished
   * @return 64 bytes: hash of the proof configuration then hash of the document
   * @throws Failure when canonicalization fails, times out or meets an unknown context
   */
  public byte[] hashData(
      String cryptosuite,
      JsonObject document,
      JsonObject proofConfiguration,
      Rdfc.Deadline deadline)
      throws Failure {
    String proofCanon;
    String documentCanon;
    if (RDFC.equals(cryptosuite)) {
      proofCanon = rdfc.canonicalize(proofConfiguration, deadline);
      documentCanon = rdfc.canonicalize(document, deadline);
    } else if (JCS.equals(cryptosuite)) {
      if (document.containsKey("@context")) {
        rdfc.checkContexts(document);
      }
      proofCanon = jcs(proofConfiguration);
      documentCanon = jcs(document);
    } else {
      throw new Failure("proof.unsupported", "Unsupported cryptosuite " + cryptosuite + ".");
    }
    byte[] out = new byte[64];
    System.arraycopy(sha256(proofCanon), 0, out, 0, 32);
    System.arraycopy(sha256(documentCanon), 0, out, 32, 32);
    return out;
  }

  /**
   * RFC 8785 canonical form of a JSON value.
   *
   * @param value the JSON
   * @return its canonical text
   * @throws Failure if the JSON cannot be canonicalized (numbers out of range)
   */
  public static String jcs(JsonValue value) throws Failure {
    try {
      return new JsonCanonicalizer(value.toString()).getEncodedString();
    } catch (IOException | RuntimeException e) {
      throw new Failure("canonicalization.failed", "JSON canonicalization failed: " + e, e);
    }
  }

  /**
   * SHA-256 of UTF-8 text.
   *
   * @param text the text
   * @return the digest
   */
  public static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
