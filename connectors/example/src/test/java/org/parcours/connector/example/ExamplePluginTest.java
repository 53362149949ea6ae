package org.parcours.connector.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcours.plugin.Plugin;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Outcome;
import org.parcours.plugin.testkit.ConnectorContract;
import org.parcours.plugin.testkit.TestingPluginContext;

class ExamplePluginTest extends ConnectorContract {

  private static final KeyPair EMPLOYER = keyPair();
  private static final KeyPair OTHER = keyPair();

  @Override
  protected Plugin plugin() {
    return new ExamplePlugin();
  }

  @Override
  protected TestingPluginContext context() {
    return new TestingPluginContext(ExamplePlugin.class)
        .set(AttestationConnectorFactory.ISSUER_NAME, "Transports Martin")
        .set(
            AttestationConnectorFactory.ISSUER_KEY,
            Base64.getEncoder().encodeToString(EMPLOYER.getPublic().getEncoded()));
  }

  @Override
  protected List<CredentialInput> validSamples() {
    return List.of(attestation("Transports Martin", "2025-06-01", EMPLOYER));
  }

  @Override
  protected Recipient sampleRecipient() {
    return new Recipient(Set.of("Camille@example.org"), Set.of());
  }

  @Override
  protected List<CredentialInput> invalidSamples() {
    return List.of(CredentialInput.ofText("format: parcours-example-attestation/1\ntitle: x\n"));
  }

  @Test
  void attestationSignedByAnotherKeyFailsTheSignatureCheck() {
    var report =
        connector()
            .verify(attestation("Transports Martin", "2025-06-01", OTHER), sampleRecipient());

    assertThat(report.check(Aspect.SIGNATURE).orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void attestationDatedAfterTodayFailsTheDateCheck() {
    var report =
        connector()
            .verify(attestation("Transports Martin", "2099-01-01", EMPLOYER), sampleRecipient());

    assertThat(report.check(Aspect.DATES).orElseThrow().code()).isEqualTo("dates.future");
  }

  @Test
  void everyReasonCodeHasAFrenchAndAnEnglishText() {
    var report =
        connector()
            .verify(attestation("Autre", "2099-01-01", OTHER), new Recipient(Set.of(), Set.of()));
    var french = context().messages(java.util.Locale.FRENCH);
    var english = context().messages(java.util.Locale.ENGLISH);

    report.checks().stream()
        .forEach(c -> {
          assertThat(french.getString(c.code())).isNotBlank();
          assertThat(english.getString(c.code())).isNotEqualTo(french.getString(c.code()));
        });
  }

  private AttestationConnector connector() {
    return (AttestationConnector) new ExamplePlugin().connectors().get(0).create(context());
  }

  static CredentialInput attestation(String issuer, String date, KeyPair key) {
    String head =
        "format: parcours-example-attestation/1\n"
            + "title: Conduite de chariots élévateurs (CACES R489)\n"
            + "issuer: "
            + issuer
            + "\nrecipient: camille@example.org\n"
            + "issued: "
            + date
            + "\n";
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key.getPrivate());
      signer.update(head.getBytes(StandardCharsets.UTF_8));
      String signature = Base64.getEncoder().encodeToString(signer.sign());
      return new CredentialInput(
          (head + "signature: " + signature + "\n").getBytes(StandardCharsets.UTF_8),
          "text/plain",
          "attestation.txt",
          null);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair keyPair() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theGuidanceProviderPublishesOffersWithDistinctReferences() throws Exception {
    var offers = new ExampleOffersFactory().create(context()).offers();

    assertThat(offers).hasSize(3);
    assertThat(offers.stream().map(o -> o.reference()).distinct()).hasSize(3);
  }
}
