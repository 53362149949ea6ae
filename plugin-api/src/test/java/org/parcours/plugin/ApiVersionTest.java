package org.parcours.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiVersionTest {

  @Test
  void hostRunsPluginsOfSameMajorAndOlderOrEqualMinor() {
    ApiVersion host = ApiVersion.parse("1.3");

    assertThat(host.canRun(ApiVersion.parse("1.0"))).isTrue();
    assertThat(host.canRun(ApiVersion.parse("1.3"))).isTrue();
    assertThat(host.canRun(ApiVersion.parse("1.4"))).isFalse();
    assertThat(host.canRun(ApiVersion.parse("2.0"))).isFalse();
    assertThat(host.canRun(ApiVersion.parse("0.9"))).isFalse();
  }

  @Test
  void malformedVersionIsRefusedWithTheTextShown() {
    assertThatThrownBy(() -> ApiVersion.parse("1.x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'1.x'");
    assertThatThrownBy(() -> ApiVersion.parse("1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("major.minor");
  }

  @Test
  void printsAsWrittenInDescriptors() {
    assertThat(ApiVersion.parse(" 2.10 ")).hasToString("2.10");
  }
}
