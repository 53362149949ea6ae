package org.parcours.plugin.issuer;

import java.util.List;
import org.parcours.plugin.ConfigProperty;
import org.parcours.plugin.PluginContext;

/** Creates a {@link CredentialIssuer} once the host has checked its configuration. */
public interface IssuerFactory {

  /**
   * A name unique within the plugin.
   *
   * @return the issuer name
   */
  String name();

  /**
   * The configuration the issuer needs.
   *
   * @return the declared properties, empty when none
   */
  default List<ConfigProperty> configuration() {
    return List.of();
  }

  /**
   * Creates the issuer; it is shared by concurrent calls and must be thread-safe.
   *
   * @param context what the host lends
   * @return the issuer
   */
  CredentialIssuer create(PluginContext context);
}
