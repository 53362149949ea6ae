package org.parcours.portal.plugin;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.issuer.CredentialIssuer;
import org.parcours.plugin.issuer.Signer;

/** An issuer as the portal uses it: every call through its plugin's time limit and bulkhead. */
public final class HostedIssuer {

  private final InstalledPlugin plugin;
  private final String name;
  private final CredentialIssuer issuer;
  private final List<String> proofFormats;

  HostedIssuer(InstalledPlugin plugin, String name, CredentialIssuer issuer) {
    this.plugin = plugin;
    this.name = name;
    this.issuer = issuer;
    this.proofFormats =
        List.copyOf(plugin.calls().call(issuer::proofFormats, RuntimeException.class));
  }

  /**
   * The plugin id and issuer name.
   *
   * @return the qualified name
   */
  public String id() {
    return plugin.id() + "/" + name;
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
   * Tells whether the plugin is active.
   *
   * @return {@code true} when calls may be made
   */
  public boolean active() {
    return plugin.state() == PluginState.ACTIVE;
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

  /**
   * The plugin's text for a reason code.
   *
   * @param code a rejection code
   * @param locale the reader's locale
   * @param fallback the text to use when the plugin has none
   * @return the text
   */
  public String describe(String code, Locale locale, String fallback) {
    return plugin.describe(code, locale, fallback);
  }

  private void requireActive() {
    if (!active()) {
      throw new PluginUnavailable(
          plugin.id(),
          "Plugin "
              + plugin.id()
              + " is "
              + plugin.state().name().toLowerCase(Locale.ROOT)
              + ": "
              + plugin.reason(),
          null);
    }
  }
}
