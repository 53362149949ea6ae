package org.parcours.portfolio.credential;

import java.time.OffsetDateTime;
import java.util.List;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;
import org.parcours.plugin.connector.VerificationReport.Outcome;
import org.parcours.portfolio.worker.WorkerId;

/**
 * Credentials as the portfolio keeps them, for tests of other packages. It lives here because only
 * this package may make one: the service does, once a connector has read and verified it.
 */
public final class Credentials {

  private Credentials() {}

  public static Credential aVerified(
      WorkerId owner, String title, String originalSha256, OffsetDateTime at) {
    ParsedCredential parsed =
        new ParsedCredential(
            "employer-attestation",
            null,
            title,
            null,
            new ParsedCredential.Issuer(null, "EHPAD Les Tilleuls", null),
            null,
            null,
            null,
            null,
            List.of());
    VerificationReport report =
        new VerificationReport(
            List.of(new Check(Aspect.SIGNATURE, Outcome.PASSED, "signature.valid", "Signature")));
    return new Credential(owner, "attestation", parsed, originalSha256, report, at);
  }
}
