/**
 * The plugin host: loads each plugin of the plugins directory in its own class loader, refuses an
 * incompatible one before loading any of its classes, lends it a narrow context, and calls it with
 * time limits and a bulkhead so that a failing plugin never harms the portal.
 */
package org.parcours.portal.plugin;
