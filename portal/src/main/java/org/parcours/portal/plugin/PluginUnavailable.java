package org.parcours.portal.plugin;

/** A plugin could not serve a call: busy, too slow, failed or inactive. The message says which. */
public final class PluginUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String pluginId;

  PluginUnavailable(String pluginId, String message, Throwable cause) {
    super(message, cause);
    this.pluginId = pluginId;
  }

  /**
   * The plugin concerned.
   *
   * @return its id
   */
  public String pluginId() {
    return pluginId;
  }
}
