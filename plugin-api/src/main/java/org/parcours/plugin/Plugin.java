package org.parcours.plugin;

/**
 * Entry point of a Parcours plugin, found by {@link java.util.ServiceLoader}. One per plugin jar.
 *
 * <p>Each kind of extension a plugin may offer arrives as a new default method returning an empty
 * list, so that adding a kind never breaks a plugin compiled against an older minor version.
 */
public interface Plugin {

  /**
   * Describes this plugin. It must return the same values as the plugin's {@code
   * META-INF/parcours-plugin.properties}, which the portal reads before loading any class.
   *
   * @return the descriptor of this plugin, never {@code null}
   */
  PluginDescriptor descriptor();
}
