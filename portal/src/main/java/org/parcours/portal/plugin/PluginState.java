package org.parcours.portal.plugin;

/** Where a plugin stands; only an active plugin is ever called. */
public enum PluginState {
  /** Loaded and serving. */
  ACTIVE,
  /** Loaded, but a required configuration value is missing. */
  NOT_CONFIGURED,
  /** Not loaded: its descriptor is unreadable or it needs another API version. */
  REFUSED,
  /**
   * Loaded, but paused after repeated failed calls: refused until its cooldown ends, then one trial
   * call decides whether it serves again. It comes back by itself.
   */
  PAUSED,
  /** Failed while loading: stays so until the next start. */
  FAILED
}
