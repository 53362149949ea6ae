package org.parcours.connector.openbadges;

import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;

/**
 * Run in a JVM of its own by {@link ColdStartTest}: creates the connector and verifies one real
 * eddsa-rdfc-2022 credential, the first canonicalization of real data in this JVM. Prints the
 * signature check and how long connector creation and verification took.
 */
public final class FirstCredential {

  private FirstCredential() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    var connector = Fixtures.connector();
    long created = System.nanoTime();
    VerificationReport report = connector.verify(Fixtures.input(args[0]), Fixtures.subject());
    long verified = System.nanoTime();
    System.out.println(
        VerificationTest.outcome(report, Aspect.SIGNATURE)
            + " create="
            + (created - start) / 1_000_000
            + "ms verify="
            + (verified - created) / 1_000_000
            + "ms");
  }
}
