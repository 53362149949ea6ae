package org.parcours.plugin;

import java.util.Objects;

/**
 * A version of the plugin API, {@code major.minor}. A plugin built against {@code a.b} runs on a
 * host offering {@code a.c} when {@code c >= b}; a different major never runs.
 *
 * @param major incremented by a change that may break a compiled plugin
 * @param minor incremented by a change that only adds
 */
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

  /** The version of the API in this jar. */
  public static final ApiVersion CURRENT = new ApiVersion(1, 0);

  /**
   * Checks the version numbers.
   *
   * @throws IllegalArgumentException if a number is negative
   */
  public ApiVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException("API version numbers are never negative");
    }
  }

  /**
   * Reads {@code major.minor}.
   *
   * @param text the version as written in a plugin descriptor, such as {@code 1.2}
   * @return the parsed version
   * @throws IllegalArgumentException if the text is not two dot-separated non-negative numbers
   */
  public static ApiVersion parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.trim().split("\\.", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("API version must be major.minor, got '" + text + "'");
    }
    try {
      return new ApiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("API version must be major.minor, got '" + text + "'", e);
    }
  }

  /**
   * Tells whether a plugin built against {@code required} can run on a host offering this version.
   *
   * @param required the API version a plugin was built against
   * @return {@code true} when the majors match and this minor is at least the required one
   */
  public boolean canRun(ApiVersion required) {
    return major == required.major && minor >= required.minor;
  }

  @Override
  public int compareTo(ApiVersion other) {
    int byMajor = Integer.compare(major, other.major);
    return byMajor != 0 ? byMajor : Integer.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
