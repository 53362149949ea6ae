package org.parcours.portal.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.parcours.plugin.ApiVersion;
import org.parcours.plugin.ConfigProperty;
import org.parcours.plugin.Plugin;
import org.parcours.plugin.PluginContext;
import org.parcours.plugin.PluginDescriptor;
import org.parcours.plugin.connector.ConnectorFactory;
import org.parcours.plugin.guidance.GuidanceProviderFactory;
import org.parcours.plugin.http.HttpFetcher;
import org.parcours.plugin.issuer.IssuerFactory;

/**
 * Finds the plugins of a directory and loads each in its own class loader. The descriptor is read
 * from the jar before any class loads, so an incompatible plugin is refused without running its
 * code; anything a plugin throws while loading marks it failed and the others load on.
 */
public final class PluginLoader {

  private static final Logger LOG = Logger.getLogger(PluginLoader.class.getName());
  private static final long MAX_DESCRIPTOR_BYTES = 64 * 1024;

  private final PluginSettings settings;
  private final Function<String, Optional<String>> configuration;
  private final Clock clock;
  private final HttpFetcher fetcher;
  private final ExecutorService executor;

  /**
   * Creates a loader.
   *
   * @param settings where plugins are and how they are called
   * @param configuration reads {@code parcours.plugin.<id>.<name>} values
   * @param clock the time lent to plugins
   * @param fetcher the guarded fetcher lent to plugins that ask for the network
   * @param executor runs plugin calls
   */
  public PluginLoader(
      PluginSettings settings,
      Function<String, Optional<String>> configuration,
      Clock clock,
      HttpFetcher fetcher,
      ExecutorService executor) {
    this.settings = settings;
    this.configuration = configuration;
    this.clock = clock;
    this.fetcher = fetcher;
    this.executor = executor;
  }

  /**
   * Loads every plugin of the directory: each {@code .jar} file and each folder of jars.
   *
   * @return the plugins in name order, whatever their state
   */
  public List<InstalledPlugin> loadAll() {
    Path dir = settings.directory();
    if (!Files.isDirectory(dir)) {
      LOG.warning("No plugins directory at " + dir + ": no connector is available");
      return List.of();
    }
    List<Path> locations;
    try (Stream<Path> entries = Files.list(dir)) {
      locations =
          entries
              .filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".jar"))
              .sorted()
              .toList();
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "Cannot list the plugins directory " + dir, e);
      return List.of();
    }
    List<InstalledPlugin> plugins = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Path location : locations) {
      InstalledPlugin plugin = load(location);
      if (plugin.descriptor().isPresent() && !ids.add(plugin.id())) {
        plugin = InstalledPlugin.refused(location, null, "another plugin already has this id");
      }
      LOG.info(
          "Plugin "
              + plugin.id()
              + " ("
              + location.getFileName()
              + "): "
              + plugin.state()
              + (plugin.reason() == null ? "" : " - " + plugin.reason()));
      plugins.add(plugin);
    }
    return List.copyOf(plugins);
  }

  /**
   * Loads one plugin.
   *
   * @param location a jar, or a folder of jars
   * @return the plugin, in whatever state it reached
   */
  public InstalledPlugin load(Path location) {
    List<Path> jars;
    PluginDescriptor descriptor;
    try {
      jars = jars(location);
      descriptor = descriptor(jars);
    } catch (IOException | IllegalArgumentException e) {
      return InstalledPlugin.refused(location, null, e.getMessage());
    }
    if (!ApiVersion.CURRENT.canRun(descriptor.apiVersion())) {
      return InstalledPlugin.refused(
          location,
          descriptor,
          "built for plugin API "
              + descriptor.apiVersion()
              + ", this portal offers "
              + ApiVersion.CURRENT
              + ": ask its vendor for a version built for "
              + ApiVersion.CURRENT.major()
              + ".x");
    }
    PluginClassLoader loader;
    try {
      loader = new PluginClassLoader(descriptor.id(), urls(jars), Plugin.class.getClassLoader());
    } catch (MalformedURLException e) {
      return InstalledPlugin.refused(location, descriptor, e.getMessage());
    }
    InstalledPlugin plugin = new InstalledPlugin(location, descriptor, loader);
    plugin.calls(new PluginCalls(descriptor.id(), loader, executor, settings, clock));
    start(plugin, descriptor, loader);
    return plugin;
  }

  private void start(InstalledPlugin plugin, PluginDescriptor descriptor, ClassLoader loader) {
    try {
      Plugin instance =
          plugin
              .calls()
              .call(settings.startTimeout(), () -> instantiate(loader), RuntimeException.class);
      if (!descriptor.equals(instance.descriptor())) {
        plugin.mark(
            PluginState.FAILED,
            "its code describes it differently from " + PluginDescriptor.RESOURCE);
        return;
      }
      List<ConnectorFactory> connectorFactories =
          plugin
              .calls()
              .call(settings.startTimeout(), instance::connectors, RuntimeException.class);
      List<IssuerFactory> issuerFactories =
          plugin.calls().call(settings.startTimeout(), instance::issuers, RuntimeException.class);
      List<GuidanceProviderFactory> guidanceFactories =
          plugin
              .calls()
              .call(settings.startTimeout(), instance::guidanceProviders, RuntimeException.class);
      Map<String, List<ConfigProperty>> declared = new LinkedHashMap<>();
      connectorFactories.forEach(f -> declared.put(f.name(), List.copyOf(f.configuration())));
      issuerFactories.forEach(f -> declared.put(f.name(), List.copyOf(f.configuration())));
      guidanceFactories.forEach(f -> declared.put(f.name(), List.copyOf(f.configuration())));
      plugin.declared(declared);
      List<String> missing = missing(descriptor.id(), declared);
      if (!missing.isEmpty()) {
        plugin.mark(
            PluginState.NOT_CONFIGURED,
            "set "
                + String.join(
                    ", ", missing.stream().map(n -> HostContext.key(descriptor.id(), n)).toList()));
        return;
      }
      List<HostedConnector> connectors = new ArrayList<>();
      for (ConnectorFactory factory : connectorFactories) {
        connectors.add(
            new HostedConnector(
                plugin,
                factory.name(),
                created(plugin, declared, factory.name(), factory::create)));
      }
      List<HostedIssuer> issuers = new ArrayList<>();
      for (IssuerFactory factory : issuerFactories) {
        issuers.add(
            new HostedIssuer(
                plugin,
                factory.name(),
                created(plugin, declared, factory.name(), factory::create)));
      }
      List<HostedGuidanceProvider> guidanceProviders = new ArrayList<>();
      for (GuidanceProviderFactory factory : guidanceFactories) {
        guidanceProviders.add(
            new HostedGuidanceProvider(
                plugin,
                factory.name(),
                created(plugin, declared, factory.name(), factory::create)));
      }
      plugin.serve(connectors, issuers, guidanceProviders);
    } catch (RuntimeException | LinkageError e) {
      if (executor.isShutdown()) {
        // The portal stopped while plugins still loaded in the background: nothing is wrong.
        LOG.info("Plugin " + descriptor.id() + " not started: the portal is stopping");
        plugin.mark(PluginState.FAILED, "not started: the portal stopped");
        return;
      }
      LOG.log(Level.WARNING, "Plugin " + descriptor.id() + " failed to start", e);
      plugin.mark(PluginState.FAILED, "failed to start: " + rootMessage(e));
    }
  }

  // Every extension is created the same way: with a context lending only what its factory declared,
  // through the plugin's time limit.
  private <T> T created(
      InstalledPlugin plugin,
      Map<String, List<ConfigProperty>> declared,
      String name,
      Function<PluginContext, T> factory) {
    HostContext context =
        new HostContext(
            plugin.descriptor().orElseThrow(),
            configuration,
            declared.get(name),
            clock,
            plugin.loader(),
            fetcher);
    return plugin
        .calls()
        .call(settings.startTimeout(), () -> factory.apply(context), RuntimeException.class);
  }

  private static Plugin instantiate(ClassLoader loader) {
    List<ServiceLoader.Provider<Plugin>> providers =
        ServiceLoader.load(Plugin.class, loader).stream()
            .filter(p -> p.type().getClassLoader() == loader)
            .toList();
    if (providers.size() != 1) {
      throw new IllegalStateException(
          "META-INF/services/org.parcours.plugin.Plugin must name exactly one class, found "
              + providers.size());
    }
    return providers.get(0).get();
  }

  private List<String> missing(String pluginId, Map<String, List<ConfigProperty>> declared) {
    return declared.values().stream()
        .flatMap(List::stream)
        .filter(p -> p.required() && p.defaultValue() == null)
        .map(ConfigProperty::name)
        .filter(name ->
            configuration
                .apply(HostContext.key(pluginId, name))
                .filter(v -> !v.isBlank())
                .isEmpty())
        .distinct()
        .toList();
  }

  private static List<Path> jars(Path location) throws IOException {
    if (!Files.isDirectory(location)) {
      return List.of(location);
    }
    try (Stream<Path> files = Files.list(location)) {
      List<Path> jars =
          files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
      if (jars.isEmpty()) {
        throw new IllegalArgumentException("the folder holds no jar");
      }
      return jars;
    }
  }

  private static PluginDescriptor descriptor(List<Path> jars) throws IOException {
    PluginDescriptor found = null;
    for (Path jar : jars) {
      try (JarFile file = new JarFile(jar.toFile())) {
        ZipEntry entry = file.getEntry(PluginDescriptor.RESOURCE);
        if (entry == null) {
          continue;
        }
        if (found != null) {
          throw new IllegalArgumentException(
              "more than one jar holds " + PluginDescriptor.RESOURCE);
        }
        Properties properties = new Properties();
        try (InputStream in = file.getInputStream(entry)) {
          properties.load(
              new java.io.ByteArrayInputStream(in.readNBytes((int) MAX_DESCRIPTOR_BYTES)));
        }
        found = PluginDescriptor.parse(properties);
      }
    }
    if (found == null) {
      throw new IllegalArgumentException("no jar holds " + PluginDescriptor.RESOURCE);
    }
    return found;
  }

  private static URL[] urls(List<Path> jars) throws MalformedURLException {
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = jars.get(i).toUri().toURL();
    }
    return urls;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
