package org.parcours.connector.europass;

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
}
