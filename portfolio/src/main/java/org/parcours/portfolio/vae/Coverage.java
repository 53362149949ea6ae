package org.parcours.portfolio.vae;

import java.util.List;
import java.util.UUID;

/**
 * How far a dossier supports each bloc: what a jury would count, and what is still missing.
 *
 * @param blocs in the certification's order
 */
public record Coverage(UUID dossierId, String certification, List<BlocCoverage> blocs) {

  /** What is still missing on a targeted bloc, most blocking first. */
  public enum Gap {
    /** Nothing links to the bloc. */
    NO_EVIDENCE,
    /** No credential an issuer signed and Parcours verified supports the bloc. */
    NO_VERIFIED_EVIDENCE,
    /** The worker has not said, in their words, how their experience meets the bloc. */
    NO_NARRATIVE,
    /** Some competences have no self-assessment yet. */
    NOT_ASSESSED,
    /** The worker assessed some competences as partly or not yet acquired. */
    TO_ACQUIRE
  }

  /**
   * One bloc's figures. Evidence counts only what still exists in the portfolio.
   *
   * @param verified credentials whose verification established them
   * @param declared entries, files, skills, and credentials not (or no longer) verified
   */
  public record BlocCoverage(
      String code,
      String label,
      boolean targeted,
      boolean narrative,
      int verified,
      int declared,
      int competences,
      int assessed,
      int acquired,
      List<Gap> gaps) {

    public int evidence() {
      return verified + declared;
    }
  }

  /** The targeted blocs that still lack something: where catalogue offers can help. */
  public List<BlocCoverage> gaps() {
    return blocs.stream().filter(b -> b.targeted() && !b.gaps().isEmpty()).toList();
  }
}
