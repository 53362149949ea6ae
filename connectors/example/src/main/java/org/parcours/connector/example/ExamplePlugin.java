package org.parcours.connector.example;

import java.util.List;
import org.parcours.plugin.Plugin;
import org.parcours.plugin.PluginDescriptor;
import org.parcours.plugin.connector.ConnectorFactory;
import org.parcours.plugin.guidance.GuidanceProviderFactory;

/**
 * The smallest complete plugin: one connector for employer attestations signed with Ed25519, and
 * one guidance provider publishing a few fixed offers.
 */
public final class ExamplePlugin implements Plugin {

  private final PluginDescriptor descriptor = PluginDescriptor.of(ExamplePlugin.class);

  @Override
  public PluginDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public List<ConnectorFactory> connectors() {
    return List.of(new AttestationConnectorFactory());
  }

  @Override
  public List<GuidanceProviderFactory> guidanceProviders() {
    return List.of(new ExampleOffersFactory());
  }
}
