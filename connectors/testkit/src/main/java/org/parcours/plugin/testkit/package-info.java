/**
 * Test support for plugin authors: {@link org.parcours.plugin.testkit.PluginContract} and {@link
 * org.parcours.plugin.testkit.ConnectorContract} are the contract tests every plugin must pass, and
 * {@link org.parcours.plugin.testkit.TestingPluginContext} runs a plugin without the portal.
 */
package org.parcours.plugin.testkit;
