package org.parcours.connector.europass;

import java.nio.file.Path;
import java.util.List;
import org.parcours.plugin.Plugin;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.testkit.ConnectorContract;
import org.parcours.plugin.testkit.TestingPluginContext;

/**
 * The testkit contract, with the EDC team's two JAdES-sealed samples as valid credentials. Their
 * x5c carries only the seal certificate (a test seal of ANF AC, valid May 2023 to May 2025), and
 * ANF's roots are not in the data folder: the trust list therefore pins that seal certificate
 * itself, and the clock stands in its validity period.
 */
class EuropassPluginTest extends ConnectorContract {

  private static final Path ANF_SEAL =
      Fixtures.pem(Fixtures.jadesSigner(Fixtures.CERT_OF_PART_SIGNED));

  @Override
  protected Plugin plugin() {
    return new EuropassPlugin();
  }

  @Override
  protected TestingPluginContext context() {
    return Fixtures.trusting(ANF_SEAL).at(Fixtures.WHILE_ANF_SEAL_VALID);
  }

  @Override
  protected List<CredentialInput> validSamples() {
    return List.of(
        Fixtures.input(Fixtures.CERT_OF_PART_SIGNED), Fixtures.input(Fixtures.MICRO_SIGNED));
  }

  @Override
  protected Recipient sampleRecipient() {
    return Fixtures.ana();
  }

  @Override
  protected List<CredentialInput> invalidSamples() {
    return List.of(
        CredentialInput.ofText(HostileInputTest.XXE),
        CredentialInput.ofText(HostileInputTest.BILLION_LAUGHS),
        CredentialInput.ofText(
            "{\"type\":[\"VerifiableCredential\",\"EuropeanDigitalCredential\"],\"a\":1,\"a\":2}"),
        CredentialInput.ofText("<europassCredential xmlns=\"http://data.europa.eu/snb\"/>"));
  }
}
