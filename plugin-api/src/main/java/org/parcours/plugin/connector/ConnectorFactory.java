package org.parcours.plugin.connector;

import java.util.List;
import org.parcours.plugin.ConfigProperty;
import org.parcours.plugin.PluginContext;

/** Creates a {@link Connector} once the host has checked its configuration. */
public interface ConnectorFactory {

  /**
   * A name unique within the plugin, such as {@code openbadges}.
   *
   * @return the connector name
   */
  String name();

  /**
   * The configuration the connector needs.
   *
   * @return the declared properties, empty when none
   */
  default List<ConfigProperty> configuration() {
    return List.of();
  }

  /**
   * Creates the connector. Called once; the connector is then shared by concurrent imports and must
   * be thread-safe.
   *
   * @param context what the host lends
   * @return the connector
   */
  Connector create(PluginContext context);
}
