package org.parcours.portal.plugin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the host runs plugins.
 *
 * @param directory where the plugins are: one folder of jars, or one jar, per plugin
 * @param callTimeout how long one call may take before it is cut
 * @param startTimeout how long each step of a plugin's start may take: longer than a call, because
 *     a start runs in the background while the JVM is still cold and the server busy starting
 * @param concurrency how many calls one plugin may serve at once
 * @param failureThreshold consecutive failed calls after which a plugin is paused
 * @param cooldown how long a paused plugin is left alone before one trial call
 */
public record PluginSettings(
    Path directory,
    Duration callTimeout,
    Duration startTimeout,
    int concurrency,
    int failureThreshold,
    Duration cooldown) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if a number is not positive
   */
  public PluginSettings {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(startTimeout, "startTimeout");
    Objects.requireNonNull(cooldown, "cooldown");
    if (callTimeout.isNegative()
        || callTimeout.isZero()
        || startTimeout.isNegative()
        || startTimeout.isZero()
        || cooldown.isNegative()
        || cooldown.isZero()
        || concurrency < 1
        || failureThreshold < 1) {
      throw new IllegalArgumentException(
          "plugin timeouts, cooldown, concurrency and threshold must be positive");
    }
  }
}
