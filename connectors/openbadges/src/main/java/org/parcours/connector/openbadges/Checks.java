package org.parcours.connector.openbadges;

import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;
import org.parcours.plugin.connector.VerificationReport.Outcome;

/** Short constructors for checks. */
final class Checks {

  private Checks() {}

  static Check passed(Aspect aspect, String code, String detail) {
    return new Check(aspect, Outcome.PASSED, code, detail);
  }

  static Check failed(Aspect aspect, String code, String detail) {
    return new Check(aspect, Outcome.FAILED, code, detail);
  }

  static Check unknown(Aspect aspect, String code, String detail) {
    return new Check(aspect, Outcome.UNKNOWN, code, detail);
  }

  static Check none(Aspect aspect, String code, String detail) {
    return new Check(aspect, Outcome.NOT_APPLICABLE, code, detail);
  }

  /**
   * A fetch failure or a fetch cut short by the verification's deadline is never a verdict on the
   * credential: unknown; any other failure: failed.
   */
  static Check from(Aspect aspect, org.parcours.connector.openbadges.crypto.Failure failure) {
    if (failure.code().equals("fetch.failed")) {
      return unknown(
          aspect,
          aspect == Aspect.STATUS ? "status.unreachable" : "key.unreachable",
          failure.getMessage());
    }
    if (failure.code().equals("fetch.deadline")) {
      return unknown(aspect, failure.code(), failure.getMessage());
    }
    if (failure.code().equals("proof.unsupported")) {
      return unknown(aspect, failure.code(), failure.getMessage());
    }
    return failed(aspect, failure.code(), failure.getMessage());
  }
}
