package org.parcours.plugin;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a plugin says about itself. The same values live in the plugin jar's {@code
 * META-INF/parcours-plugin.properties} (keys {@code id}, {@code name}, {@code version}, {@code
 * vendor}, {@code license}, {@code api-version}, {@code capabilities}), so the portal can refuse an
 * incompatible plugin before loading any of its classes.
 *
 * @param id stable lower-case identifier, such as {@code openbadges}
 * @param name human-readable name
 * @param version the plugin's own version
 * @param vendor who publishes the plugin
 * @param license SPDX identifier of the plugin's licence
 * @param apiVersion the plugin API version the plugin was built against
 * @param capabilities what the plugin offers, such as {@code connector}
 */
public record PluginDescriptor(
    String id,
    String name,
    String version,
    String vendor,
    String license,
    ApiVersion apiVersion,
    Set<String> capabilities) {

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
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "plugin id must be 2 to 63 lower-case letters, digits or dashes, got '" + id + "'");
    }
  }
}
