/**
 * The Parcours plugin API: start here.
 *
 * <p>A partner writes a plugin against this package and nothing else. A plugin jar holds one
 * implementation of {@link org.parcours.plugin.Plugin}, named in {@code
 * META-INF/services/org.parcours.plugin.Plugin}, and a descriptor {@code
 * META-INF/parcours-plugin.properties} that the portal reads before it loads any class of the
 * plugin (see {@link org.parcours.plugin.PluginDescriptor}).
 *
 * <p>This package holds no JPA, CDI, JAX-RS or portal type, and never will: the portal lends a
 * plugin what it needs through narrow interfaces, so a plugin built today keeps working when the
 * portal changes. The API follows semantic versioning on its own ({@link
 * org.parcours.plugin.ApiVersion}).
 */
package org.parcours.plugin;
