package org.parcours.plugin;

import java.util.Optional;

/** Configuration values of one plugin, by the names its factories declared. */
public interface PluginConfig {

  /**
   * Reads a value.
   *
   * @param name a name declared by a {@link ConfigProperty}
   * @return the value set by the administrator, else the declared default, else empty
   */
  Optional<String> get(String name);

  /**
   * Reads a value that must be present.
   *
   * @param name a name declared by a {@link ConfigProperty}
   * @return the value
   * @throws IllegalStateException naming the property when it has no value
   */
  default String require(String name) {
    return get(name)
        .orElseThrow(() -> new IllegalStateException("configuration '" + name + "' is not set"));
  }
}
