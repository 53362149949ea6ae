package org.parcours.portal.plugin;

import java.util.List;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.CredentialFormat;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;

/**
 * A connector as the portal uses it: every call goes through its plugin's time limit and bulkhead,
 * and only while the plugin is active.
 */
public final class HostedConnector extends HostedExtension {

  private final Connector connector;
  private final List<CredentialFormat> formats;

  HostedConnector(InstalledPlugin plugin, String name, Connector connector) {
    super(plugin, name);
    this.connector = connector;
    this.formats = plugin.calls().call(connector::formats, RuntimeException.class);
  }

  /**
   * The formats the connector reads.
   *
   * @return its formats
   */
  public List<CredentialFormat> formats() {
    return formats;
  }

  /**
   * Asks whether the connector reads this input.
   *
   * @param input the input
   * @return its answer; {@code false} if it fails or is inactive
   */
  public boolean accepts(CredentialInput input) {
    if (!active()) {
      return false;
    }
    try {
      return plugin.calls().call(() -> connector.accepts(input), RuntimeException.class);
    } catch (PluginUnavailable e) {
      return false;
    }
  }

  /**
   * Parses through the plugin's guard.
   *
   * @param input the input
   * @return the normalized record
   * @throws CredentialRejected when the connector refuses the input
   * @throws PluginUnavailable when the plugin is inactive, busy, slow or failing
   */
  public ParsedCredential parse(CredentialInput input) throws CredentialRejected {
    requireActive();
    return plugin.calls().call(() -> connector.parse(input), CredentialRejected.class);
  }

  /**
   * Verifies through the plugin's guard.
   *
   * @param input the original
   * @param recipient the worker
   * @return the report
   * @throws PluginUnavailable when the plugin is inactive, busy, slow or failing
   */
  public VerificationReport verify(CredentialInput input, Recipient recipient) {
    requireActive();
    return plugin.calls().call(() -> connector.verify(input, recipient), RuntimeException.class);
  }
}
