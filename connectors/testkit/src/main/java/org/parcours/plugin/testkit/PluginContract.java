package org.parcours.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcours.plugin.ApiVersion;
import org.parcours.plugin.ConfigProperty;
import org.parcours.plugin.Plugin;
import org.parcours.plugin.PluginDescriptor;

/**
 * What every plugin must satisfy to be loaded by the portal. Extend it in the plugin's tests and
 * return a fresh plugin from {@link #plugin()}.
 */
public abstract class PluginContract {

  /**
   * The plugin under test.
   *
   * @return a new instance of the plugin
   */
  protected abstract Plugin plugin();

  @Test
  void serviceLoaderFindsThePlugin() {
    List<String> found =
        ServiceLoader.load(Plugin.class, plugin().getClass().getClassLoader()).stream()
            .map(provider -> provider.type().getName())
            .toList();

    assertThat(found)
        .as("META-INF/services/org.parcours.plugin.Plugin must name the plugin class")
        .contains(plugin().getClass().getName());
  }

  @Test
  void descriptorFileMatchesTheDescriptor() throws IOException {
    Properties file = new Properties();
    try (InputStream in =
        plugin().getClass().getClassLoader().getResourceAsStream(PluginDescriptor.RESOURCE)) {
      assertThat(in).as(PluginDescriptor.RESOURCE + " must be in the plugin jar").isNotNull();
      file.load(in);
    }

    assertThat(plugin().descriptor()).isEqualTo(PluginDescriptor.parse(file));
    assertThat(plugin().descriptor().version()).doesNotContain("${");
  }

  @Test
  void runsOnThisApiVersion() {
    assertThat(ApiVersion.CURRENT.canRun(plugin().descriptor().apiVersion()))
        .as(
            "built against %s, host offers %s",
            plugin().descriptor().apiVersion(), ApiVersion.CURRENT)
        .isTrue();
  }

  @Test
  void capabilitiesMatchWhatThePluginOffers() {
    Plugin plugin = plugin();
    Set<String> capabilities = plugin.descriptor().capabilities();

    assertThat(capabilities.contains(PluginDescriptor.CONNECTOR))
        .isEqualTo(!plugin.connectors().isEmpty());
    assertThat(capabilities.contains(PluginDescriptor.GUIDANCE))
        .isEqualTo(!plugin.guidanceProviders().isEmpty());
    assertThat(capabilities.contains(PluginDescriptor.ISSUER))
        .isEqualTo(!plugin.issuers().isEmpty());
  }

  @Test
  void factoryNamesAndConfigurationNamesAreDistinct() {
    Plugin plugin = plugin();
    Set<String> names = new HashSet<>();
    plugin.connectors().forEach(f -> assertThat(names.add(f.name())).as(f.name()).isTrue());
    plugin.guidanceProviders().forEach(f -> assertThat(names.add(f.name())).as(f.name()).isTrue());
    plugin.issuers().forEach(f -> assertThat(names.add(f.name())).as(f.name()).isTrue());
    plugin.connectors().forEach(f -> assertDistinct(f.configuration()));
    plugin.guidanceProviders().forEach(f -> assertDistinct(f.configuration()));
    plugin.issuers().forEach(f -> assertDistinct(f.configuration()));
  }

  private static void assertDistinct(List<ConfigProperty> properties) {
    assertThat(properties).extracting(ConfigProperty::name).doesNotHaveDuplicates();
  }
}
