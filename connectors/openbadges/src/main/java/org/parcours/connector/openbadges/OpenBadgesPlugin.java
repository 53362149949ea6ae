package org.parcours.connector.openbadges;

import java.util.List;
import org.parcours.plugin.Plugin;
import org.parcours.plugin.PluginDescriptor;
import org.parcours.plugin.connector.ConnectorFactory;
import org.parcours.plugin.issuer.IssuerFactory;

/** Open Badges 2.0 / 3.0, W3C Verifiable Credentials and CLR 2.0, read and verified. */
public final class OpenBadgesPlugin implements Plugin {

  private final PluginDescriptor descriptor = PluginDescriptor.of(OpenBadgesPlugin.class);

  @Override
  public PluginDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public List<ConnectorFactory> connectors() {
    return List.of(new OpenBadgesConnectorFactory());
  }

  @Override
  public List<IssuerFactory> issuers() {
    return List.of(new OpenBadgesIssuerFactory());
  }
}
