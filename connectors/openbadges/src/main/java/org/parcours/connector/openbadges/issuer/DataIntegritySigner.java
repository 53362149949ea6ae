package org.parcours.connector.openbadges.issuer;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.parcours.connector.openbadges.crypto.Failure;
import org.parcours.connector.openbadges.crypto.Multibase;
import org.parcours.connector.openbadges.ld.Cryptosuites;
import org.parcours.connector.openbadges.ld.Rdfc;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.issuer.Signer;

/**
 * Secures a credential with a Data Integrity proof, {@code eddsa-rdfc-2022} or {@code
 * eddsa-jcs-2022}, using only pinned contexts. Ed25519 is deterministic: the same credential, key
 * and date give the same proof.
 */
public final class DataIntegritySigner {

  private final Cryptosuites suites;
  private final Signer key;

  /**
   * Creates a signer.
   *
   * @param suites the hashing steps, with the pinned contexts
   * @param key the signing key
   */
  public DataIntegritySigner(Cryptosuites suites, Signer key) {
    this.suites = suites;
    this.key = key;
  }

  /**
   * Signs a credential.
   *
   * @param credential the unsecured credential (any existing proof is replaced)
   * @param created the proof date, kept to the second
   * @param cryptosuite {@link Cryptosuites#RDFC} or {@link Cryptosuites#JCS}
   * @return the credential with its {@code proof}
   * @throws Failure if the credential uses an unknown context or cannot be canonicalized
   */
  public JsonObject sign(JsonObject credential, Instant created, String cryptosuite)
      throws Failure {
    JsonObject unsecured = Cryptosuites.unsecured(credential);
    JsonObject options =
        StrictJson.provider()
            .createObjectBuilder()
            .add("type", "DataIntegrityProof")
            .add("created", created.truncatedTo(ChronoUnit.SECONDS).toString())
            .add("verificationMethod", key.verificationMethod())
            .add("cryptosuite", cryptosuite)
            .add("proofPurpose", "assertionMethod")
            .build();
    JsonObject proof = Cryptosuites.toSign(cryptosuite, options, unsecured);
    Cryptosuites.Hashed hashed = Cryptosuites.toVerify(cryptosuite, unsecured, proof);
    byte[] data =
        suites.hashData(
            cryptosuite,
            hashed.document(),
            hashed.proofConfiguration(),
            Rdfc.Deadline.in(Duration.ofSeconds(2)));
    String proofValue = Multibase.encodeBase58(key.sign(data));
    return StrictJson.provider()
        .createObjectBuilder(unsecured)
        .add(
            "proof", StrictJson.provider().createObjectBuilder(proof).add("proofValue", proofValue))
        .build();
  }
}
