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
 * @param failureThreshold consecutive failures after which a plugin is marked failed
 */
public record PluginSettings(
    Path directory,
    Duration callTimeout,
    Duration startTimeout,
    int concurrency,
    int failureThreshold) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if a number is not positive
   */
  public PluginSettings {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(startTimeout, "startTimeout");
    if (callTimeout.isNegative()
        || callTimeout.isZero()
        || startTimeout.isNegative()
        || startTimeout.isZero()
        || concurrency < 1
        || failureThreshold < 1) {
      throw new IllegalArgumentException(
          "plugin timeouts, concurrency and threshold must be positive");
    }
  }
}
