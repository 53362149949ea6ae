package org.parcours.portfolio.skill;

/** The skill referentials a worker picks from; each keeps its own identifiers. */
public enum Referential {
  /** European Skills, Competences, Qualifications and Occupations: skills by concept URI. */
  ESCO,
  /** France Travail's ROME 4.0: competences by OGR code. */
  ROME,
  /** The 16 Pix digital competences, by Pix record id. */
  PIX,
  /** RNCP blocs de compétences, by bloc code (RNCPxxxxxBCyy). */
  RNCP
}
