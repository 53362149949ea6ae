package org.parcours.portal.plugin;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.parcours.plugin.ConfigProperty;
import org.parcours.plugin.PluginConfig;
import org.parcours.plugin.PluginContext;
import org.parcours.plugin.PluginDescriptor;
import org.parcours.plugin.http.FetchException;
import org.parcours.plugin.http.HttpFetcher;

/**
 * What the host lends one plugin. Configuration values are read as {@code
 * parcours.plugin.<id>.<name>} (environment {@code PARCOURS_PLUGIN_<ID>_<NAME>}).
 */
final class HostContext implements PluginContext {

  private final PluginDescriptor descriptor;
  private final Function<String, Optional<String>> settings;
  private final List<ConfigProperty> declared;
  private final Clock clock;
  private final ClassLoader loader;
  private final HttpFetcher fetcher;

  HostContext(
      PluginDescriptor descriptor,
      Function<String, Optional<String>> settings,
      List<ConfigProperty> declared,
      Clock clock,
      ClassLoader loader,
      HttpFetcher fetcher) {
    this.descriptor = descriptor;
    this.settings = settings;
    this.declared = List.copyOf(declared);
    this.clock = clock;
    this.loader = loader;
    this.fetcher = fetcher;
  }

  static String key(String pluginId, String name) {
    return "parcours.plugin." + pluginId + "." + name;
  }

  @Override
  public PluginConfig configuration() {
    return name -> {
      Optional<ConfigProperty> property =
          declared.stream().filter(p -> p.name().equals(name)).findFirst();
      if (property.isEmpty()) {
        // Undeclared names are refused so that every value a plugin reads is shown to admins.
        throw new IllegalArgumentException(
            "configuration '" + name + "' is not declared by plugin " + descriptor.id());
      }
      return settings
          .apply(key(descriptor.id(), name))
          .filter(v -> !v.isBlank())
          .or(() -> Optional.ofNullable(property.get().defaultValue()));
    };
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public System.Logger logger() {
    return System.getLogger("org.parcours.plugins." + descriptor.id());
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return messages(loader, locale);
  }

  static ResourceBundle messages(ClassLoader loader, Locale locale) {
    return ResourceBundle.getBundle(
        "messages",
        locale,
        loader,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Override
  public HttpFetcher http() {
    if (descriptor.permissions().contains(PluginDescriptor.NETWORK)) {
      return fetcher;
    }
    return (uri, accept) -> {
      throw new FetchException(
          FetchException.Reason.NOT_PERMITTED,
          uri,
          "Plugin " + descriptor.id() + " did not ask for the network permission");
    };
  }
}
