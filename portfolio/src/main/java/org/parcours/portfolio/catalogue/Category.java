package org.parcours.portfolio.catalogue;

/** What kind of help an offer gives; a worker filters on it first. */
public enum Category {
  ORIENTATION,
  BILAN_COMPETENCES,
  VAE_ACCOMPAGNEMENT,
  COACHING,
  FORMATION,
  RECHERCHE_EMPLOI
}
