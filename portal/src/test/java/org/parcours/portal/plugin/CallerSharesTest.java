package org.parcours.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallerSharesTest {

  private final CallerShares shares = new CallerShares(2);

  @Test
  void aCallerBeyondItsShareIsRefusedWhileOthersStillGetTheirs() {
    String answer =
        shares.run(
            "camille",
            () ->
                shares.run(
                    "camille",
                    () -> {
                      assertThatThrownBy(() -> shares.run("camille", () -> "third"))
                          .isInstanceOfSatisfying(
                              CallerBusy.class, e -> assertThat(e.limit()).isEqualTo(2));
                      return shares.run("lucas", () -> "lucas served");
                    }));

    assertThat(answer).isEqualTo("lucas served");
    assertThat(shares.inFlight("camille")).isZero();
    assertThat(shares.run("camille", () -> "served again")).isEqualTo("served again");
  }

  @Test
  void aCallThatFailsGivesItsShareBack() {
    assertThatThrownBy(() ->
            shares.run(
                "camille",
                () -> {
                  throw new PluginUnavailable("openbadges", "too slow", null);
                }))
        .isInstanceOf(PluginUnavailable.class);

    assertThat(shares.inFlight("camille")).isZero();
    assertThat(shares.run("camille", () -> shares.run("camille", () -> "two at once")))
        .isEqualTo("two at once");
  }

  @Test
  void aShareOfNoneIsAConfigurationError() {
    assertThatThrownBy(() -> new CallerShares(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
