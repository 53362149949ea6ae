package org.parcours.connector.openbadges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcours.connector.openbadges.ld.ColdStart;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.testkit.TestingPluginContext;

/**
 * The 200 ms canonicalization budget must not refuse the first real credential of a cold JVM. The
 * tests' own JVM is warm after the first test, so the first credential runs in a JVM of its own.
 */
class ColdStartTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "openbadges3/test-vector-eddsa-rdfc-2022/credential-signed.json",
        "vc-di-eddsa/TestVectors/eddsa-rdfc-2022/signedDataInt.json"
      })
  void aFreshJvmVerifiesARealRdfcCredentialOnItsFirstCall(String sample) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Dparcours.data.dir=" + Fixtures.data(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    FirstCredential.class.getName(),
                    sample))
            .redirectErrorStream(true)
            .start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).contains("PASSED signature.valid");
  }

  @Test
  void theGraceIsGivenOnceAndNotAtAllOnceWarm() {
    ColdStart cold = new ColdStart();
    assertThat(cold.grace()).isPresent();
    assertThat(cold.grace()).isEmpty();

    ColdStart warmed = new ColdStart();
    warmed.warm();
    assertThat(warmed.grace()).isEmpty();
  }

  @Test
  void aWarmUpWithoutContextsDoesNotStopTheConnector() throws IOException {
    Path empty = Files.createTempDirectory("no-contexts");
    TestingPluginContext context =
        Fixtures.context().set(OpenBadgesConnectorFactory.DATA_DIR, empty.toString());
    var report =
        Fixtures.connector(context)
            .verify(
                Fixtures.input("openbadges3/test-vector-eddsa-rdfc-2022/credential-signed.json"),
                Fixtures.subject());
    assertThat(VerificationTest.outcome(report, Aspect.SIGNATURE))
        .isEqualTo("FAILED context.altered");
  }
}
