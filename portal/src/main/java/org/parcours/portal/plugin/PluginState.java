package org.parcours.portal.plugin;

/** Where a plugin stands; only an active plugin is ever called. */
public enum PluginState {
  /** Loaded and serving. */
  ACTIVE,
  /** Loaded, but a required configuration value is missing. */
  NOT_CONFIGURED,
  /** Not loaded: its descriptor is unreadable or it needs another API version. */
  REFUSED,
  /** Failed while loading, or failed too often while serving. */
  FAILED
}
