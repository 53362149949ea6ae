/**
 * Connectors: read a certificate in some format into the portal's normalized record, and verify it.
 * A plugin offers connectors through {@link org.parcours.plugin.Plugin#connectors()}.
 */
package org.parcours.plugin.connector;
