package org.parcours.portal.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Attestations of the example connector's format, signed by the test employer whose public key the
 * build gives the portal (portal/pom.xml, {@code it.example.issuerKey}).
 */
public final class EmployerAttestations {

  private static final String EMPLOYER_KEY =
      "MC4CAQAwBQYDK2VwBCIEIFW5M7qILgOBP+lSQq0zbvzxm5RrgEUtAP6IB0ZjvZVE";

  private EmployerAttestations() {}

  /** An attestation by "Transports Martin", signed, naming {@code recipient}. */
  public static byte[] signed(String recipient, String title) {
    String head =
        "format: parcours-example-attestation/1\n"
            + "title: "
            + title
            + "\nissuer: Transports Martin\nrecipient: "
            + recipient
            + "\nissued: 2025-06-01\n";
    try {
      PrivateKey key =
          KeyFactory.getInstance("Ed25519")
              .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(EMPLOYER_KEY)));
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key);
      signer.update(head.getBytes(StandardCharsets.UTF_8));
      return (head + "signature: " + Base64.getEncoder().encodeToString(signer.sign()) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
