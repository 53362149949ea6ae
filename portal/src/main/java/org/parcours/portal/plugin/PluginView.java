package org.parcours.portal.plugin;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.parcours.plugin.PluginDescriptor;

/**
 * A plugin as administrators see it. Configuration values are never shown, only whether each is
 * set.
 *
 * @param id the plugin id
 * @param name its name
 * @param version its version
 * @param vendor its vendor
 * @param license its licence
 * @param apiVersion the plugin API version it was built against
 * @param capabilities what it offers
 * @param permissions what it asked for
 * @param state its state, in lower case
 * @param reason why it is not active, or {@code null}
 * @param location the jar or folder it was loaded from
 * @param callsInFlight calls running now (the bulkhead refuses more than the configured limit)
 * @param connectors its connectors with the formats each reads
 * @param guidanceProviders the ids of its guidance providers (their feeds: {@code
 *     /api/admin/guidance-feeds})
 * @param configuration the configuration it declared
 */
public record PluginView(
    String id,
    String name,
    String version,
    String vendor,
    String license,
    String apiVersion,
    Set<String> capabilities,
    Set<String> permissions,
    String state,
    String reason,
    String location,
    int callsInFlight,
    List<ConnectorView> connectors,
    List<String> guidanceProviders,
    List<SettingView> configuration) {

  /**
   * A connector and its formats.
   *
   * @param id plugin id and connector name
   * @param formats names of the formats it reads
   */
  public record ConnectorView(String id, List<String> formats) {}

  /**
   * A declared configuration value.
   *
   * @param key the configuration key to set
   * @param description what it is for
   * @param required whether the plugin needs it
   * @param secret whether it is a secret
   */
  public record SettingView(String key, String description, boolean required, boolean secret) {}

  static PluginView of(InstalledPlugin plugin) {
    PluginDescriptor d = plugin.descriptor().orElse(null);
    return new PluginView(
        plugin.id(),
        d == null ? plugin.id() : d.name(),
        d == null ? "" : d.version(),
        d == null ? "" : d.vendor(),
        d == null ? "" : d.license(),
        d == null ? "" : d.apiVersion().toString(),
        d == null ? Set.of() : new TreeSet<>(d.capabilities()),
        d == null ? Set.of() : new TreeSet<>(d.permissions()),
        plugin.state().name().toLowerCase(Locale.ROOT),
        plugin.reason(),
        plugin.location().getFileName().toString(),
        plugin.calls() == null ? 0 : plugin.calls().inFlight(),
        plugin.connectors().stream()
            .map(c -> new ConnectorView(c.id(), c.formats().stream().map(f -> f.name()).toList()))
            .toList(),
        plugin.guidanceProviders().stream().map(HostedGuidanceProvider::id).toList(),
        plugin.configuration().values().stream()
            .flatMap(List::stream)
            .map(p ->
                new SettingView(
                    HostContext.key(plugin.id(), p.name()),
                    p.description(),
                    p.required(),
                    p.secret()))
            .toList());
  }
}
