package org.parcours.portal.plugin;

import java.time.Instant;
import java.util.List;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.issuer.CredentialIssuer;
import org.parcours.plugin.issuer.Signer;

/** An issuer as the portal uses it: every call through its plugin's time limit and bulkhead. */
public final class HostedIssuer extends HostedExtension {

  private final CredentialIssuer issuer;
  private final List<String> proofFormats;

  HostedIssuer(InstalledPlugin plugin, String name, CredentialIssuer issuer) {
    super(plugin, name);
    this.issuer = issuer;
    this.proofFormats =
        List.copyOf(plugin.calls().call(issuer::proofFormats, RuntimeException.class));
  }

  /**
   * The proof formats offered.
   *
   * @return the formats
   */
  public List<String> proofFormats() {
    return proofFormats;
  }

  /**
   * How the key is published in a DID document.
   *
   * @param signer the portal's key
   * @return the verification method, JSON
   */
  public String verificationMethod(Signer signer) {
    requireActive();
    return plugin.calls().call(() -> issuer.verificationMethod(signer), RuntimeException.class);
  }

  /**
   * Secures a credential.
   *
   * @param credential the unsecured credential
   * @param proofFormat one of {@link #proofFormats()}
   * @param signer the portal's key
   * @param created the proof time
   * @return the secured credential
   * @throws CredentialRejected when the issuer refuses the credential
   */
  public byte[] issue(byte[] credential, String proofFormat, Signer signer, Instant created)
      throws CredentialRejected {
    requireActive();
    return plugin
        .calls()
        .call(
            () -> issuer.issue(credential, proofFormat, signer, created), CredentialRejected.class);
  }
}
