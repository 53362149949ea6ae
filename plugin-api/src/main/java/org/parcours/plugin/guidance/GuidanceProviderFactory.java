package org.parcours.plugin.guidance;

import java.util.List;
import org.parcours.plugin.ConfigProperty;
import org.parcours.plugin.PluginContext;

/** Creates a {@link GuidanceProvider} once the host has checked its configuration. */
public interface GuidanceProviderFactory {

  /**
   * A name unique within the plugin.
   *
   * @return the provider name
   */
  String name();

  /**
   * The configuration the provider needs.
   *
   * @return the declared properties, empty when none
   */
  default List<ConfigProperty> configuration() {
    return List.of();
  }

  /**
   * Creates the provider.
   *
   * @param context what the host lends
   * @return the provider
   */
  GuidanceProvider create(PluginContext context);
}
