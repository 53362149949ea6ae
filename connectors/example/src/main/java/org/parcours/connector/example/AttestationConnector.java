package org.parcours.connector.example;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.CredentialFormat;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;
import org.parcours.plugin.connector.VerificationReport.Outcome;

/** Reads employer attestations and verifies them against the one issuer key it trusts. */
final class AttestationConnector implements Connector {

  private final TrustedIssuer issuer;
  private final Clock clock;

  AttestationConnector(TrustedIssuer issuer, Clock clock) {
    this.issuer = issuer;
    this.clock = clock;
  }

  @Override
  public List<CredentialFormat> formats() {
    return List.of(
        new CredentialFormat(
            Attestation.FORMAT, "Attestation employeur (exemple)", Set.of(Attestation.MEDIA_TYPE)));
  }

  @Override
  public boolean accepts(CredentialInput input) {
    return Attestation.looksLikeOne(input);
  }

  @Override
  public ParsedCredential parse(CredentialInput input) throws CredentialRejected {
    Attestation a = Attestation.parse(input);
    return new ParsedCredential(
        Attestation.FORMAT,
        null,
        a.title(),
        null,
        new ParsedCredential.Issuer(null, a.issuer(), null),
        a.issued().atStartOfDay(ZoneOffset.UTC).toInstant(),
        null,
        null,
        a.recipient(),
        List.of());
  }

  @Override
  public VerificationReport verify(CredentialInput input, Recipient recipient) {
    Attestation a;
    try {
      a = Attestation.parse(input);
    } catch (CredentialRejected e) {
      return new VerificationReport(
          List.of(new Check(Aspect.SCHEMA, Outcome.FAILED, e.code(), e.getMessage())));
    }
    List<Check> checks = new ArrayList<>();
    checks.add(
        new Check(Aspect.SCHEMA, Outcome.PASSED, "attestation.schema", "Every line present"));
    checks.add(
        issuer.signed(a.signedPart(), a.signature())
            ? new Check(
                Aspect.SIGNATURE, Outcome.PASSED, "signature.valid", "Ed25519 signature valid")
            : new Check(
                Aspect.SIGNATURE,
                Outcome.FAILED,
                "signature.invalid",
                "The signature does not match the content: it was altered or not signed by "
                    + issuer.name()));
    checks.add(
        issuer.name().equals(a.issuer())
            ? new Check(Aspect.ISSUER, Outcome.PASSED, "issuer.trusted", issuer.name())
            : new Check(
                Aspect.ISSUER,
                Outcome.FAILED,
                "issuer.untrusted",
                "Signed for " + a.issuer() + ", but only " + issuer.name() + " is trusted"));
    checks.add(
        a.issued().isAfter(LocalDate.now(clock))
            ? new Check(Aspect.DATES, Outcome.FAILED, "dates.future", "Issued in the future")
            : new Check(Aspect.DATES, Outcome.PASSED, "dates.valid", "Issued " + a.issued()));
    checks.add(
        new Check(Aspect.STATUS, Outcome.NOT_APPLICABLE, "status.none", "No revocation list"));
    checks.add(
        recipient.emails().stream().anyMatch(e -> e.equalsIgnoreCase(a.recipient()))
            ? new Check(Aspect.RECIPIENT, Outcome.PASSED, "recipient.match", a.recipient())
            : new Check(
                Aspect.RECIPIENT,
                Outcome.FAILED,
                "recipient.mismatch",
                "The attestation names "
                    + a.recipient().toLowerCase(Locale.ROOT)
                    + ", not the worker importing it"));
    return new VerificationReport(checks);
  }
}
