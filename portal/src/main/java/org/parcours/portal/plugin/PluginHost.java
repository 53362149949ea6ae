package org.parcours.portal.plugin;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.plugin.connector.CredentialInput;

/**
 * The plugins of this portal, loaded once at start from {@code parcours.plugins.dir} (built-in
 * connectors are installed there by the build, exactly as a partner's plugin would be).
 */
@ApplicationScoped
public class PluginHost {

  @Inject Config config;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "parcours.plugins.dir")
  String directory;

  @Inject
  @ConfigProperty(name = "parcours.plugins.timeoutMillis", defaultValue = "10000")
  long timeoutMillis;

  @Inject
  @ConfigProperty(name = "parcours.plugins.concurrency", defaultValue = "8")
  int concurrency;

  @Inject
  @ConfigProperty(name = "parcours.plugins.failureThreshold", defaultValue = "5")
  int failureThreshold;

  @Inject
  @ConfigProperty(name = "parcours.fetch.allow", defaultValue = " ")
  String fetchAllow;

  @Inject
  @ConfigProperty(name = "parcours.fetch.timeoutMillis", defaultValue = "8000")
  long fetchTimeoutMillis;

  @Inject
  @ConfigProperty(name = "parcours.fetch.maxBytes", defaultValue = "2097152")
  int fetchMaxBytes;

  // Plugin calls run on their own threads: no CDI, JNDI or security context leaks into plugins.
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private GuardedFetcher fetcher;
  private volatile List<InstalledPlugin> plugins;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    plugins();
  }

  /**
   * Every plugin found, whatever its state.
   *
   * @return the plugins in name order
   */
  public List<InstalledPlugin> plugins() {
    List<InstalledPlugin> loaded = plugins;
    if (loaded == null) {
      synchronized (this) {
        if (plugins == null) {
          fetcher =
              new GuardedFetcher(fetchAllow, Duration.ofMillis(fetchTimeoutMillis), fetchMaxBytes);
          PluginSettings settings =
              new PluginSettings(
                  Path.of(directory).toAbsolutePath().normalize(),
                  Duration.ofMillis(timeoutMillis),
                  concurrency,
                  failureThreshold);
          plugins =
              new PluginLoader(
                      settings,
                      name -> config.getOptionalValue(name, String.class),
                      clock,
                      fetcher,
                      executor)
                  .loadAll();
        }
        loaded = plugins;
      }
    }
    return loaded;
  }

  /**
   * The guarded fetcher, for imports by URL: the same rules as for plugins.
   *
   * @return the fetcher
   */
  public GuardedFetcher fetcher() {
    plugins();
    return fetcher;
  }

  /**
   * The connectors of every plugin, active or not.
   *
   * @return the connectors
   */
  public List<HostedConnector> connectors() {
    return plugins().stream().flatMap(p -> p.connectors().stream()).toList();
  }

  /**
   * The guidance providers of every plugin, active or not.
   *
   * @return the providers
   */
  public List<HostedGuidanceProvider> guidanceProviders() {
    return plugins().stream().flatMap(p -> p.guidanceProviders().stream()).toList();
  }

  /**
   * The first active issuer, which secures the credentials the portal issues.
   *
   * @return the issuer, if a plugin offers one
   */
  public Optional<HostedIssuer> issuer() {
    return plugins().stream()
        .flatMap(p -> p.issuers().stream())
        .filter(HostedIssuer::active)
        .findFirst();
  }

  /**
   * The issuer, when one must be there.
   *
   * @return the first active issuer
   * @throws PluginUnavailable when no plugin offers an active issuer
   */
  public HostedIssuer requireIssuer() {
    return issuer()
        .orElseThrow(() ->
            new PluginUnavailable("issuer", "No issuer plugin is active on this portal", null));
  }

  /**
   * The first active connector that reads this input.
   *
   * @param input what the worker gave
   * @return the connector, if one accepts the input
   */
  public Optional<HostedConnector> connectorFor(CredentialInput input) {
    return connectors().stream().filter(c -> c.accepts(input)).findFirst();
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
    try {
      if (fetcher != null) {
        fetcher.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
