package org.parcours.portal.plugin;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads one plugin's jars. Only the plugin API comes from the portal; everything else is the
 * plugin's own or the JDK's, so a plugin may bring library versions the portal does not use and can
 * never reach a portal class.
 */
final class PluginClassLoader extends URLClassLoader {

  private static final String API_PACKAGE = "org.parcours.plugin.";

  static {
    registerAsParallelCapable();
  }

  private final ClassLoader apiLoader;

  PluginClassLoader(String pluginId, URL[] jars, ClassLoader apiLoader) {
    super("plugin-" + pluginId, jars, ClassLoader.getPlatformClassLoader());
    this.apiLoader = apiLoader;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (name.startsWith(API_PACKAGE)) {
      Class<?> api = apiLoader.loadClass(name);
      if (resolve) {
        resolveClass(api);
      }
      return api;
    }
    return super.loadClass(name, resolve);
  }
}
