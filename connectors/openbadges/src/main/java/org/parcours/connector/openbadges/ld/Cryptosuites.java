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
import org.parcours.connector.openbadges.crypto.StrictJson;

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
