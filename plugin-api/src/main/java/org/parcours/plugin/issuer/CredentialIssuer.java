package org.parcours.plugin.issuer;

import java.time.Instant;
import java.util.List;
import org.parcours.plugin.connector.CredentialRejected;

/** Secures credentials that the portal issues, with a key the portal holds. */
public interface CredentialIssuer {

  /**
   * The proof formats offered, such as {@code eddsa-rdfc-2022} or {@code vc-jwt}.
   *
   * @return at least one format
   */
  List<String> proofFormats();

  /**
   * How the signer's key is published in a DID document, for verifiers of these proofs.
   *
   * @param signer the portal's key
   * @return a JSON object: the verification method entry
   */
  String verificationMethod(Signer signer);

  /**
   * Secures a credential.
   *
   * @param credential the unsecured credential (JSON, UTF-8), its issuer already set to the
   *     signer's controller
   * @param proofFormat one of {@link #proofFormats()}
   * @param signer the portal's key
   * @param created the time of the proof
   * @return the secured credential as it is handed out (JSON, or a compact JWT)
   * @throws CredentialRejected when the credential is not one this issuer can secure, with a reason
   *     a person can act on
   */
  byte[] issue(byte[] credential, String proofFormat, Signer signer, Instant created)
      throws CredentialRejected;
}
