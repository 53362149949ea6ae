package org.parcours.portal.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.plugin.ConfigProperty;
import org.parcours.plugin.PluginDescriptor;

/** One plugin found in the plugins directory, whatever its state. */
public final class InstalledPlugin {

  private final Path location;
  private final PluginDescriptor descriptor;
  private final ClassLoader loader;
  private volatile PluginCalls calls;
  private volatile PluginState state;
  private volatile String reason;
  private volatile List<HostedConnector> connectors = List.of();
  private volatile List<HostedIssuer> issuers = List.of();
  private volatile List<HostedGuidanceProvider> guidanceProviders = List.of();
  private volatile Map<String, List<ConfigProperty>> configuration = Map.of();

  InstalledPlugin(Path location, PluginDescriptor descriptor, ClassLoader loader) {
    this.location = location;
    this.descriptor = descriptor;
    this.loader = loader;
  }

  static InstalledPlugin refused(Path location, PluginDescriptor descriptor, String reason) {
    InstalledPlugin plugin = new InstalledPlugin(location, descriptor, null);
    plugin.state = PluginState.REFUSED;
    plugin.reason = reason;
    return plugin;
  }

  /**
   * The plugin id, or the file name when the descriptor could not be read.
   *
   * @return the id
   */
  public String id() {
    return descriptor == null ? location.getFileName().toString() : descriptor.id();
  }

  /**
   * Where the plugin was found.
   *
   * @return its jar or folder
   */
  public Path location() {
    return location;
  }

  /**
   * What the plugin says about itself.
   *
   * @return the descriptor, empty when unreadable
   */
  public Optional<PluginDescriptor> descriptor() {
    return Optional.ofNullable(descriptor);
  }

  /**
   * Its state.
   *
   * @return the current state
   */
  public PluginState state() {
    PluginCalls now = calls;
    if (state == PluginState.ACTIVE && now != null && now.paused()) {
      return PluginState.PAUSED;
    }
    return state;
  }

  /**
   * Why it is not active, or why it is paused or on trial.
   *
   * @return the reason, {@code null} when active and serving normally
   */
  public String reason() {
    PluginCalls now = calls;
    if (state == PluginState.ACTIVE && now != null) {
      return now.pauseReason();
    }
    return reason;
  }

  /**
   * Its connectors.
   *
   * @return the connectors, empty unless loaded
   */
  public List<HostedConnector> connectors() {
    return connectors;
  }

  /**
   * Its issuers.
   *
   * @return the issuers, empty unless loaded
   */
  public List<HostedIssuer> issuers() {
    return issuers;
  }

  /**
   * Its guidance providers.
   *
   * @return the providers, empty unless loaded
   */
  public List<HostedGuidanceProvider> guidanceProviders() {
    return guidanceProviders;
  }

  /**
   * The configuration each factory declared.
   *
   * @return factory name to its declared properties
   */
  public Map<String, List<ConfigProperty>> configuration() {
    return configuration;
  }

  ClassLoader loader() {
    return loader;
  }

  /** The plugin's own text for a reason code, else the fallback. */
  String describe(String code, java.util.Locale locale, String fallback) {
    try {
      return HostContext.messages(loader, locale).getString(code);
    } catch (java.util.MissingResourceException e) {
      return fallback;
    }
  }

  PluginCalls calls() {
    return calls;
  }

  void calls(PluginCalls calls) {
    this.calls = calls;
  }

  void declared(Map<String, List<ConfigProperty>> configuration) {
    this.configuration = Map.copyOf(configuration);
  }

  void serve(
      List<HostedConnector> connectors,
      List<HostedIssuer> issuers,
      List<HostedGuidanceProvider> guidanceProviders) {
    this.connectors = List.copyOf(connectors);
    this.issuers = List.copyOf(issuers);
    this.guidanceProviders = List.copyOf(guidanceProviders);
    this.state = PluginState.ACTIVE;
    this.reason = null;
  }

  synchronized void mark(PluginState state, String reason) {
    if (this.state != PluginState.FAILED || state == PluginState.FAILED) {
      this.state = state;
      this.reason = reason;
    }
  }
}
