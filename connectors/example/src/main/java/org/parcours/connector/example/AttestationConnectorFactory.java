package org.parcours.connector.example;

import java.util.List;
import org.parcours.plugin.ConfigProperty;
import org.parcours.plugin.PluginContext;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.ConnectorFactory;

/** Declares the issuer key the administrator trusts, then creates the connector. */
public final class AttestationConnectorFactory implements ConnectorFactory {

  /** The trusted issuer's Ed25519 public key, base64 of its X.509 encoding. */
  public static final String ISSUER_KEY = "issuer-public-key";

  /** The name of the employer holding that key. */
  public static final String ISSUER_NAME = "issuer-name";

  @Override
  public String name() {
    return "attestation";
  }

  @Override
  public List<ConfigProperty> configuration() {
    return List.of(
        new ConfigProperty(
            ISSUER_KEY,
            "Ed25519 public key of the trusted employer (base64, X.509)",
            true,
            false,
            null),
        new ConfigProperty(ISSUER_NAME, "Name of the trusted employer", true, false, null));
  }

  @Override
  public Connector create(PluginContext context) {
    return new AttestationConnector(
        TrustedIssuer.of(
            context.configuration().require(ISSUER_NAME),
            context.configuration().require(ISSUER_KEY)),
        context.clock());
  }
}
