package org.parcours.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.ConnectorFactory;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Outcome;
import org.parcours.plugin.connector.VerificationReport.Verdict;

/**
 * What every connector must satisfy: it reads its own samples, refuses hostile input with a reason
 * instead of crashing, and never calls a credential verified without checking its signature. Extend
 * it in the connector's tests.
 */
public abstract class ConnectorContract extends PluginContract {

  /**
   * A context configured for the connector, serving what its samples need.
   *
   * @return the context the connector is created with
   */
  protected abstract TestingPluginContext context();

  /**
   * Credentials the connector must read and verify.
   *
   * @return at least one valid sample
   */
  protected abstract List<CredentialInput> validSamples();

  /**
   * The worker the valid samples name.
   *
   * @return the recipient of the valid samples
   */
  protected abstract Recipient sampleRecipient();

  /**
   * Inputs the connector must refuse, in addition to the testkit's own hostile inputs.
   *
   * @return more invalid inputs, possibly none
   */
  protected List<CredentialInput> invalidSamples() {
    return List.of();
  }

  /**
   * Whether the valid samples name their worker in a way a connector can check against a {@link
   * Recipient} (an email, a DID). A format that names its holder by first and last name only (a Pix
   * certificate) returns {@code false}: its valid samples must then pass every check except {@code
   * RECIPIENT}, which must be {@code UNKNOWN}, so that they are never shown as verified.
   *
   * @return {@code true} unless overridden
   */
  protected boolean samplesNameTheWorker() {
    return true;
  }

  private List<Connector> connectors() {
    TestingPluginContext context = context();
    return plugin().connectors().stream().map(f -> create(f, context)).toList();
  }

  private static Connector create(ConnectorFactory factory, TestingPluginContext context) {
    Connector connector = factory.create(context);
    assertThat(connector).as("connector %s", factory.name()).isNotNull();
    assertThat(connector.formats()).as("formats of %s", factory.name()).isNotEmpty();
    return connector;
  }

  private Connector connectorFor(CredentialInput input) {
    return connectors().stream()
        .filter(c -> c.accepts(input))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no connector accepts " + input));
  }

  @Test
  void readsAndVerifiesEveryValidSample() throws CredentialRejected {
    assertThat(validSamples()).isNotEmpty();
    for (CredentialInput sample : validSamples()) {
      Connector connector = connectorFor(sample);
      ParsedCredential parsed = connector.parse(sample);
      assertThat(parsed.title()).as("title of %s", sample).isNotBlank();
      assertThat(parsed.issuer().name()).as("issuer of %s", sample).isNotBlank();

      VerificationReport report = connector.verify(sample, sampleRecipient());
      assertThat(report.check(Aspect.SIGNATURE)).isPresent();
      assertThat(report.check(Aspect.RECIPIENT)).isPresent();
      if (samplesNameTheWorker()) {
        assertThat(report.verdict()).as("%s: %s", sample, report).isEqualTo(Verdict.VERIFIED);
      } else {
        assertThat(report.check(Aspect.SIGNATURE).orElseThrow().outcome())
            .as("%s: %s", sample, report)
            .isEqualTo(Outcome.PASSED);
        assertThat(report.check(Aspect.RECIPIENT).orElseThrow().outcome())
            .as("%s: %s", sample, report)
            .isEqualTo(Outcome.UNKNOWN);
        assertThat(report.checks())
            .as("%s: %s", sample, report)
            .filteredOn(c -> c.aspect() != Aspect.RECIPIENT)
            .allSatisfy(c -> assertThat(c.outcome()).isIn(Outcome.PASSED, Outcome.NOT_APPLICABLE));
        assertThat(report.verdict()).as("%s: %s", sample, report).isEqualTo(Verdict.UNKNOWN);
      }
    }
  }

  @Test
  void credentialOfSomeoneElseIsNotVerified() {
    Recipient stranger = new Recipient(Set.of("nobody@example.invalid"), Set.of("did:example:x"));
    for (CredentialInput sample : validSamples()) {
      VerificationReport report = connectorFor(sample).verify(sample, stranger);
      assertThat(report.verdict()).as("%s: %s", sample, report).isNotEqualTo(Verdict.VERIFIED);
    }
  }

  @Test
  void hostileInputIsRefusedWithAReasonNeverACrash() {
    for (Connector connector : connectors()) {
      for (CredentialInput input : hostileInputs()) {
        Throwable thrown = catchThrowable(() -> connector.parse(input));
        assertThat(thrown).as("parse of %s", input).isInstanceOf(CredentialRejected.class);
        assertThat(thrown.getMessage()).as("reason for %s", input).isNotBlank();

        assertThatCode(() -> connector.accepts(input)).doesNotThrowAnyException();
        VerificationReport report = connector.verify(input, sampleRecipient());
        assertThat(report.verdict()).as("verify of %s", input).isNotEqualTo(Verdict.VERIFIED);
      }
    }
  }

  @Test
  void tamperedSamplesAreNotVerified() {
    for (CredentialInput sample : validSamples()) {
      byte[] bytes = sample.content();
      int middle = bytes.length / 2;
      bytes[middle] = (byte) (bytes[middle] == 'A' ? 'B' : 'A');
      CredentialInput tampered =
          new CredentialInput(bytes, sample.mediaType().orElse(null), null, null);
      for (Connector connector : connectors()) {
        VerificationReport report = connector.verify(tampered, sampleRecipient());
        assertThat(report.verdict())
            .as("tampered %s: %s", sample, report)
            .isNotEqualTo(Verdict.VERIFIED);
      }
    }
  }

  private List<CredentialInput> hostileInputs() {
    List<CredentialInput> inputs = new ArrayList<>();
    inputs.add(CredentialInput.ofText(""));
    inputs.add(CredentialInput.ofText("not a credential"));
    inputs.add(CredentialInput.ofText("{".repeat(100_000)));
    inputs.add(CredentialInput.ofText("[".repeat(10_000) + "]".repeat(10_000)));
    inputs.add(CredentialInput.ofText("{\"a\":1,\"a\":2}"));
    inputs.add(new CredentialInput(randomBytes(), "application/octet-stream", "x.bin", null));
    inputs.addAll(invalidSamples());
    return inputs;
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[4096];
    new java.util.Random(42).nextBytes(bytes);
    return bytes;
  }

  /**
   * Encodes text as a credential input of a media type, for samples.
   *
   * @param text the content
   * @param mediaType its media type
   * @return the input
   */
  protected static CredentialInput input(String text, String mediaType) {
    return new CredentialInput(text.getBytes(StandardCharsets.UTF_8), mediaType, null, null);
  }
}
