package org.parcours.connector.europass;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.parcours.plugin.connector.VerificationReport.Check;

/**
 * The outcome of checking the electronic seal of a credential: the signature check, and the
 * certificates it was made with.
 *
 * @param signature the {@code SIGNATURE} check
 * @param certificates the signing certificate first, then the others the signature carries; empty
 *     when there is no usable seal
 * @param claimedSigningTime the signing time the seal states ({@code sigT} of JAdES, {@code
 *     SigningTime} of XAdES), not proven by any timestamp this connector checks; or {@code null}
 * @param timestamped whether the seal carries timestamp tokens (which this connector does not
 *     check)
 */
record Seal(
    Check signature,
    List<X509Certificate> certificates,
    Instant claimedSigningTime,
    boolean timestamped) {

  Seal {
    certificates = List.copyOf(certificates);
  }

  static Seal without(Check signature) {
    return new Seal(signature, List.of(), null, false);
  }

  X509Certificate signer() {
    return certificates.isEmpty() ? null : certificates.get(0);
  }
}
