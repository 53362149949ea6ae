package org.parcours.portal.plugin;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A plugin could not serve a call: busy, too slow, failed, paused or inactive. */
public final class PluginUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the call was not served; each maps to a documented problem. */
  public enum Kind {
    /** Every one of the plugin's calls is taken (the bulkhead); {@code plugin-unavailable}. */
    BUSY,
    /** This call took longer than its limit; {@code plugin-timeout} (504). */
    TIMED_OUT,
    /** This call failed unexpectedly; {@code plugin-unavailable}. */
    FAILED,
    /** Taken out for a cooldown after repeated failures; {@code plugin-paused}, Retry-After. */
    PAUSED,
    /** Not loaded, not configured or still loading; {@code plugin-unavailable}. */
    INACTIVE
  }

  private final String pluginId;
  private final Kind kind;
  private final Duration limit;
  private final Instant until;

  PluginUnavailable(String pluginId, String message, Throwable cause) {
    this(pluginId, Kind.INACTIVE, message, cause, null, null);
  }

  /**
   * Creates the exception.
   *
   * @param pluginId the plugin concerned
   * @param kind why the call was not served
   * @param message what happened, for the log
   * @param cause the cause, or {@code null}
   * @param limit the time limit that was passed ({@link Kind#TIMED_OUT}), else {@code null}
   * @param until the end of the pause ({@link Kind#PAUSED}), else {@code null}
   */
  public PluginUnavailable(
      String pluginId, Kind kind, String message, Throwable cause, Duration limit, Instant until) {
    super(message, cause);
    this.pluginId = pluginId;
    this.kind = kind;
    this.limit = limit;
    this.until = until;
  }

  /**
   * The plugin concerned.
   *
   * @return its id
   */
  public String pluginId() {
    return pluginId;
  }

  /**
   * Why the call was not served.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The documented problem kind for this refusal, whose texts are {@code problem.<kind>.*}.
   *
   * @return {@code plugin-timeout}, {@code plugin-paused} or {@code plugin-unavailable}
   */
  public String problemKind() {
    return switch (kind) {
      case TIMED_OUT -> "plugin-timeout";
      case PAUSED -> "plugin-paused";
      default -> "plugin-unavailable";
    };
  }

  /**
   * The HTTP status for this refusal.
   *
   * @return 504 for a call cut at its time limit, else 503
   */
  public int status() {
    return kind == Kind.TIMED_OUT ? 504 : 503;
  }

  /**
   * The arguments of the problem's detail: the plugin id, then the time limit in seconds (timeout)
   * or the end of the pause (paused).
   *
   * @return the arguments
   */
  public Object[] detailArguments() {
    return switch (kind) {
      case TIMED_OUT -> new Object[] {pluginId, Math.max(1, limit.toSeconds())};
      case PAUSED ->
          new Object[] {
            pluginId, until == null ? "-" : until.truncatedTo(ChronoUnit.SECONDS).toString()
          };
      default -> new Object[] {pluginId};
    };
  }

  /**
   * How long a client should wait before trying again.
   *
   * @param now the current time
   * @return seconds, at least 1
   */
  public long retryAfterSeconds(Instant now) {
    if (kind == Kind.PAUSED && until != null) {
      return Math.max(1, Duration.between(now, until).toSeconds() + 1);
    }
    return kind == Kind.BUSY || kind == Kind.PAUSED ? 5 : 30;
  }
}
