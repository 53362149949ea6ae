package org.parcours.plugin;

import java.util.Objects;

/**
 * One configuration value a plugin needs, described as data so the portal can show, check and mask
 * it without knowing the plugin.
 *
 * @param name key, such as {@code endpoint}
 * @param description what it is for, shown to the administrator
 * @param required whether the plugin cannot start without it
 * @param secret whether the value must never be shown or logged (API keys, passwords)
 * @param defaultValue the value used when none is set, or {@code null}
 */
public record ConfigProperty(
    String name, String description, boolean required, boolean secret, String defaultValue) {

  /**
   * Checks the name and description.
   *
   * @throws NullPointerException if the name or the description is missing
   */
  public ConfigProperty {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
  }
}
