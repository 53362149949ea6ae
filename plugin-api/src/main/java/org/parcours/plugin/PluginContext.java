package org.parcours.plugin;

import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import org.parcours.plugin.http.HttpFetcher;

/**
 * What the portal lends a plugin. Nothing else of the portal is reachable: a plugin that needs more
 * asks for the API to grow, for every partner.
 */
public interface PluginContext {

  /**
   * The values an administrator set for this plugin, checked against the declared properties.
   *
   * @return the configuration of this plugin instance
   */
  PluginConfig configuration();

  /**
   * The time to use for every date decision (validity, expiry), so that tests and re-verification
   * runs are reproducible.
   *
   * @return the host's clock
   */
  Clock clock();

  /**
   * A logger whose records carry the plugin id.
   *
   * @return the logger for this plugin
   */
  System.Logger logger();

  /**
   * The plugin's own texts, bundle {@code messages} in the plugin jar, for the locale of the person
   * the plugin is working for (French first).
   *
   * @param locale the locale wanted
   * @return the bundle for that locale, else the plugin's base bundle (never the JVM's default
   *     locale)
   */
  ResourceBundle messages(Locale locale);

  /**
   * The only way for a plugin to reach the network: public http(s) addresses only, every redirect
   * re-checked, time and size capped. Refuses everything unless the plugin asked for {@link
   * PluginDescriptor#NETWORK}.
   *
   * @return the fetcher lent to this plugin
   */
  HttpFetcher http();
}
