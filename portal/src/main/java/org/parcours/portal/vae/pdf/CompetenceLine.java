package org.parcours.portal.vae.pdf;

import static java.util.Objects.requireNonNull;

/**
 * One competence of a bloc and where the worker places themself.
 *
 * @param label the competence as the certification's file words it
 * @param assessment the worker's self-assessment, or {@code null} when not assessed yet
 */
public record CompetenceLine(String label, Assessment assessment) {

  /** The worker's own view of a competence, as the feasibility file asks for it. */
  public enum Assessment {
    ACQUIRED,
    PARTLY,
    NOT_YET
  }

  public CompetenceLine {
    requireNonNull(label, "label");
  }
}
