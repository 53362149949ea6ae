package org.parcours.portal.plugin;

import java.util.Locale;

/** What every extension a plugin offers has: its name, its plugin's state, the plugin's texts. */
abstract sealed class HostedExtension
    permits HostedConnector, HostedGuidanceProvider, HostedIssuer {

  final InstalledPlugin plugin;
  private final String name;

  HostedExtension(InstalledPlugin plugin, String name) {
    this.plugin = plugin;
    this.name = name;
  }

  /**
   * The plugin id and extension name, such as {@code openbadges/openbadges}.
   *
   * @return the qualified name
   */
  public String id() {
    return plugin.id() + "/" + name;
  }

  /**
   * The extension's name within its plugin.
   *
   * @return the name its factory gave
   */
  public String name() {
    return name;
  }

  /**
   * Tells whether the plugin is active: loaded, configured and not paused after failures.
   *
   * @return {@code true} when calls may be made
   */
  public boolean active() {
    return plugin.state() == PluginState.ACTIVE;
  }

  /**
   * The plugin's own text for a reason code, in a locale.
   *
   * @param code a check or rejection code
   * @param locale the reader's locale
   * @param fallback the text to use when the plugin has none
   * @return the text
   */
  public String describe(String code, Locale locale, String fallback) {
    return plugin.describe(code, locale, fallback);
  }

  void requireActive() {
    if (plugin.state() == PluginState.PAUSED) {
      throw plugin.calls().pausedNow();
    }
    if (!active()) {
      throw new PluginUnavailable(
          plugin.id(),
          "Plugin "
              + plugin.id()
              + " is "
              + plugin.state().name().toLowerCase(Locale.ROOT)
              + ": "
              + plugin.reason(),
          null);
    }
  }
}
