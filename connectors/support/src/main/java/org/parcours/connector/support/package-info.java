/**
 * What the built-in connectors share: {@link org.parcours.connector.support.StrictJson}, strict
 * reading of untrusted JSON. It is an ordinary library, not part of the plugin API: each plugin
 * packs it into its own zip and loads it in its own class loader, so a plugin built against one
 * version never sees another plugin's. Third-party plugins may use it the same way, or not at all.
 */
package org.parcours.connector.support;
