package org.parcours.connector.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.parcours.plugin.ApiVersion;
import org.parcours.plugin.Plugin;

class ExamplePluginTest {

  @Test
  void isFoundByServiceLoaderAndRunsOnThisApi() {
    Plugin plugin = ServiceLoader.load(Plugin.class).findFirst().orElseThrow();

    assertThat(plugin).isInstanceOf(ExamplePlugin.class);
    assertThat(plugin.descriptor().id()).isEqualTo("example");
    assertThat(ApiVersion.CURRENT.canRun(plugin.descriptor().apiVersion())).isTrue();
  }

  @Test
  void descriptorCarriesTheBuiltVersion() {
    assertThat(new ExamplePlugin().descriptor().version()).doesNotContain("${").isNotBlank();
  }
}
