package org.parcours.portal.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.plugin.connector.CredentialInput;

/**
 * The plugins of this portal, loaded once at start from {@code parcours.plugins.dir} (built-in
 * connectors are installed there by the build, exactly as a partner's plugin would be).
 *
 * <p>Loading runs in the background: it is about 1.5 s of a start (the Open Badges connector warms
 * its JSON-LD canonicalization when created), and readiness needs none of it. A call that needs the
 * plugins waits for the load, at most one plugin call's time limit, then gets {@link
 * PluginUnavailable} (503 with Retry-After), never a partial list.
 */
@ApplicationScoped
public class PluginHost {

  private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

  @Resource ManagedExecutorService managedExecutor;

  @Inject Config config;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "parcours.plugins.dir")
  String directory;

  @Inject
  @ConfigProperty(name = "parcours.plugins.timeoutMillis", defaultValue = "10000")
  long timeoutMillis;

  // A start runs in the background, with a cold JVM on a server still starting: on a loaded
  // two-core machine the Open Badges connector's start took longer than a call's 10 s.
  @Inject
  @ConfigProperty(name = "parcours.plugins.startTimeoutMillis", defaultValue = "60000")
  long startTimeoutMillis;

  @Inject
  @ConfigProperty(name = "parcours.plugins.concurrency", defaultValue = "8")
  int concurrency;

  @Inject
  @ConfigProperty(name = "parcours.plugins.failureThreshold", defaultValue = "5")
  int failureThreshold;

  // Of the plugin's concurrency, what one caller may hold: see CallerShares.
  @Inject
  @ConfigProperty(name = "parcours.plugins.perCaller", defaultValue = "2")
  int perCaller;

  @Inject
  @ConfigProperty(name = "parcours.plugins.cooldownMillis", defaultValue = "60000")
  long cooldownMillis;

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
  private final AtomicBoolean loadStarted = new AtomicBoolean();
  private final CompletableFuture<List<InstalledPlugin>> loaded = new CompletableFuture<>();
  private GuardedFetcher fetcher;
  private CallerShares shares;

  @PostConstruct
  void createFetcher() {
    fetcher = new GuardedFetcher(fetchAllow, Duration.ofMillis(fetchTimeoutMillis), fetchMaxBytes);
    shares = new CallerShares(perCaller);
  }

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    startLoading();
  }

  private void startLoading() {
    if (!loadStarted.compareAndSet(false, true)) {
      return;
    }
    PluginSettings settings =
        new PluginSettings(
            Path.of(directory).toAbsolutePath().normalize(),
            Duration.ofMillis(timeoutMillis),
            Duration.ofMillis(startTimeoutMillis),
            concurrency,
            failureThreshold,
            Duration.ofMillis(cooldownMillis));
    PluginLoader loader =
        new PluginLoader(
            settings,
            name -> config.getOptionalValue(name, String.class),
            clock,
            fetcher,
            executor);
    managedExecutor.execute(() -> {
      try {
        loaded.complete(loader.loadAll());
      } catch (RuntimeException | Error e) {
        LOG.log(Level.SEVERE, "Loading the plugins failed", e);
        loaded.completeExceptionally(e);
      }
    });
  }

  /** Whether the load started with the application failed: every call needing plugins fails. */
  public boolean failedToLoad() {
    return loaded.isCompletedExceptionally();
  }

  /**
   * Every plugin found, whatever its state; waits for the load started with the application.
   *
   * @return the plugins in name order
   * @throws PluginUnavailable when the plugins are still loading after one call's time limit
   */
  public List<InstalledPlugin> plugins() {
    List<InstalledPlugin> now = loaded.getNow(null);
    if (now != null) {
      return now;
    }
    startLoading();
    try {
      return loaded.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new PluginUnavailable("plugins", "The plugins are still loading", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PluginUnavailable("plugins", "Interrupted while the plugins load", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Loading the plugins failed", e.getCause());
    }
  }

  /**
   * The guarded fetcher, for imports by URL: the same rules as for plugins.
   *
   * @return the fetcher
   */
  public GuardedFetcher fetcher() {
    return fetcher;
  }

  /**
   * What each caller may hold of the plugins' concurrency.
   *
   * @return the shares
   */
  public CallerShares shares() {
    return shares;
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
    Optional<HostedConnector> found =
        connectors().stream().filter(c -> c.accepts(input)).findFirst();
    if (found.isEmpty()) {
      // A paused connector might have read it: say so rather than "no connector reads this".
      connectors().stream()
          .filter(c -> c.plugin.state() == PluginState.PAUSED)
          .findFirst()
          .ifPresent(HostedConnector::requireActive);
    }
    return found;
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
