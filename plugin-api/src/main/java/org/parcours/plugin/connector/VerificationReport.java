package org.parcours.plugin.connector;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of verifying a credential: one check per aspect, each with its outcome and reason.
 *
 * @param checks the checks, in the order they ran
 * @param established the fuller record verification established from fetched sources (a hosted
 *     badge, a certificate looked up by its code), or {@code null} when parsing said everything
 */
public record VerificationReport(List<Check> checks, ParsedCredential established) {

  /** What the portal may say about a credential as a whole. */
  public enum Verdict {
    /** Every check passed or did not apply. */
    VERIFIED,
    /** At least one check failed. */
    FAILED,
    /** Nothing failed but something could not be checked: never shown as verified. */
    UNKNOWN
  }

  /** The aspects of a credential that are checked. */
  public enum Aspect {
    /** The signature or proof over the content. */
    SIGNATURE,
    /** The issuer and its key. */
    ISSUER,
    /** Issue date, start and end of validity. */
    DATES,
    /** Revocation or suspension. */
    STATUS,
    /** Conformance to the format's schema. */
    SCHEMA,
    /** The credential names the worker it is attached to. */
    RECIPIENT
  }

  /** The outcome of one check. */
  public enum Outcome {
    /** Checked and good. */
    PASSED,
    /** Checked and bad. */
    FAILED,
    /** Could not be checked (a key or a status list unreachable, for instance). */
    UNKNOWN,
    /** Does not apply to this credential (no status declared, for instance). */
    NOT_APPLICABLE
  }

  /**
   * One check.
   *
   * @param aspect what was checked
   * @param outcome how it went
   * @param code stable identifier of the reason, such as {@code signature.invalid}
   * @param detail the reason in words, for the worker
   */
  public record Check(Aspect aspect, Outcome outcome, String code, String detail) {

    /**
     * Checks every field.
     *
     * @throws NullPointerException if a field is missing
     */
    public Check {
      Objects.requireNonNull(aspect, "aspect");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /** Copies the checks. */
  public VerificationReport {
    checks = List.copyOf(checks);
  }

  /**
   * A report whose parse already said everything about the credential.
   *
   * @param checks the checks, in the order they ran
   */
  public VerificationReport(List<Check> checks) {
    this(checks, null);
  }

  /**
   * The record verification established, if fuller than the parsed one.
   *
   * @return the established record
   */
  public Optional<ParsedCredential> establishedRecord() {
    return Optional.ofNullable(established);
  }

  /**
   * The verdict: failed if any check failed, unknown if any could not be made or if the signature
   * was never checked, verified otherwise.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    if (checks.stream().anyMatch(c -> c.outcome() == Outcome.FAILED)) {
      return Verdict.FAILED;
    }
    boolean signed = check(Aspect.SIGNATURE).map(c -> c.outcome() == Outcome.PASSED).orElse(false);
    if (!signed || checks.stream().anyMatch(c -> c.outcome() == Outcome.UNKNOWN)) {
      return Verdict.UNKNOWN;
    }
    return Verdict.VERIFIED;
  }

  /**
   * The first check of an aspect.
   *
   * @param aspect the aspect
   * @return its check, if one ran
   */
  public Optional<Check> check(Aspect aspect) {
    return checks.stream().filter(c -> c.aspect() == aspect).findFirst();
  }
}
