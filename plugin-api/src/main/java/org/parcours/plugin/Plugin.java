package org.parcours.plugin;

import java.util.List;
import org.parcours.plugin.connector.ConnectorFactory;
import org.parcours.plugin.guidance.GuidanceProviderFactory;
import org.parcours.plugin.issuer.IssuerFactory;

/**
 * Entry point of a Parcours plugin, found by {@link java.util.ServiceLoader}. One per plugin.
 *
 * <p>Each kind of extension a plugin may offer is a default method returning an empty list, so that
 * adding a kind in a later minor version never breaks a plugin compiled against an older one.
 */
public interface Plugin {

  /**
   * Describes this plugin. It must return the same values as the plugin's {@code
   * META-INF/parcours-plugin.properties}, which the portal reads before loading any class; {@link
   * PluginDescriptor#of(Class)} reads that file so the two cannot disagree.
   *
   * @return the descriptor of this plugin, never {@code null}
   */
  PluginDescriptor descriptor();

  /**
   * Connectors that bring certificates into a worker's portfolio.
   *
   * @return the connector factories of this plugin, each with a distinct name
   */
  default List<ConnectorFactory> connectors() {
    return List.of();
  }

  /**
   * Providers of guidance services and training offers for the catalogue.
   *
   * @return the provider factories of this plugin, each with a distinct name
   */
  default List<GuidanceProviderFactory> guidanceProviders() {
    return List.of();
  }

  /**
   * Issuers that secure the credentials the portal issues, with the portal's key.
   *
   * @return the issuer factories of this plugin, each with a distinct name
   */
  default List<IssuerFactory> issuers() {
    return List.of();
  }
}
