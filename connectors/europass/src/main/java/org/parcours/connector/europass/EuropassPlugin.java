package org.parcours.connector.europass;

import java.util.List;
import org.parcours.plugin.Plugin;
import org.parcours.plugin.PluginDescriptor;
import org.parcours.plugin.connector.ConnectorFactory;

/** European Digital Credentials for Learning (Europass EDC), ELM 3 and ELM 2. */
public final class EuropassPlugin implements Plugin {

  private final PluginDescriptor descriptor = PluginDescriptor.of(EuropassPlugin.class);

  @Override
  public PluginDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public List<ConnectorFactory> connectors() {
    return List.of(new EuropassConnectorFactory());
  }
}
