package org.parcours.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a plugin says about itself. The same values live in the plugin jar's {@code
 * META-INF/parcours-plugin.properties} (keys {@code id}, {@code name}, {@code version}, {@code
 * vendor}, {@code license}, {@code api-version}, {@code capabilities}, {@code permissions}), so the
 * portal can show a plugin and refuse an incompatible one before loading any of its classes.
 *
 * @param id stable lower-case identifier, such as {@code openbadges}
 * @param name human-readable name
 * @param version the plugin's own version
 * @param vendor who publishes the plugin
 * @param license SPDX identifier of the plugin's licence
 * @param apiVersion the plugin API version the plugin was built against
 * @param capabilities what the plugin offers: {@link #CONNECTOR}, {@link #GUIDANCE}, {@link
 *     #ISSUER}
 * @param permissions what the plugin asks the host for: {@link #NETWORK}
 */
public record PluginDescriptor(
    String id,
    String name,
    String version,
    String vendor,
    String license,
    ApiVersion apiVersion,
    Set<String> capabilities,
    Set<String> permissions) {

  /** Where a plugin jar holds its descriptor. */
  public static final String RESOURCE = "META-INF/parcours-plugin.properties";

  /** Capability: the plugin offers {@link Plugin#connectors()}. */
  public static final String CONNECTOR = "connector";

  /** Capability: the plugin offers {@link Plugin#guidanceProviders()}. */
  public static final String GUIDANCE = "guidance";

  /** Capability: the plugin offers {@link Plugin#issuers()}. */
  public static final String ISSUER = "issuer";

  /**
   * Permission: the plugin fetches public http(s) resources through {@link PluginContext#http()}.
   * Without it, every fetch is refused.
   */
  public static final String NETWORK = "network";

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,62}");

  /**
   * Checks that every field is present and that the id is well formed.
   *
   * @throws IllegalArgumentException if the id is not lower-case letters, digits and dashes
   * @throws NullPointerException if a field is missing
   */
  public PluginDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(license, "license");
    Objects.requireNonNull(apiVersion, "apiVersion");
    capabilities = Set.copyOf(capabilities);
    permissions = Set.copyOf(permissions);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "plugin id must be 2 to 63 lower-case letters, digits or dashes, got '" + id + "'");
    }
  }

  /**
   * Reads a descriptor from the properties of {@link #RESOURCE}.
   *
   * @param properties the loaded descriptor file
   * @return the descriptor
   * @throws IllegalArgumentException naming the first missing or malformed key
   */
  public static PluginDescriptor parse(Properties properties) {
    return new PluginDescriptor(
        required(properties, "id"),
        required(properties, "name"),
        required(properties, "version"),
        required(properties, "vendor"),
        required(properties, "license"),
        ApiVersion.parse(required(properties, "api-version")),
        list(properties, "capabilities"),
        list(properties, "permissions"));
  }

  /**
   * Reads the descriptor bundled beside a plugin class, for {@link Plugin#descriptor()}.
   *
   * @param pluginClass a class of the plugin jar
   * @return the descriptor of that jar
   * @throws IllegalStateException if the jar has no descriptor
   */
  public static PluginDescriptor of(Class<? extends Plugin> pluginClass) {
    Properties properties = new Properties();
    try (InputStream in = pluginClass.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing beside " + pluginClass.getName());
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(properties);
  }

  private static String required(Properties properties, String key) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(RESOURCE + " has no '" + key + "'");
    }
    return value.strip();
  }

  private static Set<String> list(Properties properties, String key) {
    return Arrays.stream(properties.getProperty(key, "").split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
