/**
 * Guidance-service providers: feed the catalogue with offers. A plugin offers providers through
 * {@link org.parcours.plugin.Plugin#guidanceProviders()}.
 */
package org.parcours.plugin.guidance;
