package org.parcours.connector.openbadges;

import java.util.List;
import org.parcours.plugin.Plugin;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.testkit.ConnectorContract;
import org.parcours.plugin.testkit.TestingPluginContext;

/**
 * The testkit contract, with the OB 3.0 implementation-guide vector as the valid sample. Its
 * verification method is an https URL (not a did:key), so the context serves the controller
 * document built from the key the guide publishes.
 */
class OpenBadgesPluginTest extends ConnectorContract {

  @Override
  protected Plugin plugin() {
    return new OpenBadgesPlugin();
  }

  @Override
  protected TestingPluginContext context() {
    return Fixtures.context();
  }

  @Override
  protected List<CredentialInput> validSamples() {
    return List.of(
        Fixtures.input("openbadges3/test-vector-eddsa-rdfc-2022/credential-signed.json"));
  }

  @Override
  protected Recipient sampleRecipient() {
    return Fixtures.subject();
  }

  @Override
  protected List<CredentialInput> invalidSamples() {
    return List.of(
        CredentialInput.ofText("{\"@context\":\"https://w3id.org/openbadges/v2\",\"a\":1,\"a\":2}"),
        CredentialInput.ofText("eyJhbGciOiJub25lIn0.eyJ2YyI6MX0"));
  }
}
