package org.parcours.connector.europass;

import java.nio.file.Path;
import java.util.List;
import org.parcours.plugin.ConfigProperty;
import org.parcours.plugin.PluginContext;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.ConnectorFactory;

/** Reads the trust list, if one is configured, then creates the Europass connector. */
public final class EuropassConnectorFactory implements ConnectorFactory {

  /**
   * A PEM bundle, or a folder of {@code .pem}/{@code .crt}/{@code .cer}/{@code .der} files, holding
   * the certificates trusted for EDC seals. Unset: seals are checked, their chains are not.
   */
  public static final String TRUST_LIST = "trust-list";

  @Override
  public String name() {
    return "edc";
  }

  @Override
  public List<ConfigProperty> configuration() {
    return List.of(
        new ConfigProperty(
            TRUST_LIST,
            "PEM bundle, or folder of PEM/DER certificate files, holding the root certificates (or"
                + " the seal certificates themselves) whose chains are trusted for Europass seals;"
                + " unset: the seal is checked but its certificate chain is not, and no sealed"
                + " credential is shown as verified",
            false,
            false,
            null));
  }

  @Override
  public Connector create(PluginContext context) {
    TrustList trustList =
        context
            .configuration()
            .get(TRUST_LIST)
            .filter(v -> !v.isBlank())
            .map(v -> TrustList.load(Path.of(v.strip())))
            .orElse(TrustList.none());
    context.logger().log(System.Logger.Level.INFO, "Europass seals trusted from: " + trustList);
    return new EuropassConnector(trustList, context.clock(), context.logger());
  }
}
