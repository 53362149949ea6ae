package org.parcours.connector.pix;

import java.util.List;
import org.parcours.plugin.Plugin;
import org.parcours.plugin.PluginDescriptor;
import org.parcours.plugin.connector.ConnectorFactory;

/** Pix certificates, CléA Numérique among their complementary certifications. */
public final class PixPlugin implements Plugin {

  private final PluginDescriptor descriptor = PluginDescriptor.of(PixPlugin.class);

  @Override
  public PluginDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public List<ConnectorFactory> connectors() {
    return List.of(new PixConnectorFactory());
  }
}
