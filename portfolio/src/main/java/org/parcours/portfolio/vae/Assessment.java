package org.parcours.portfolio.vae;

/** The worker's self-assessment of one competence, as in the national feasibility file. */
public enum Assessment {
  ACQUIRED,
  PARTLY,
  NOT_YET
}
