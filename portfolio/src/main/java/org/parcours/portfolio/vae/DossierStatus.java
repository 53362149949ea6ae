package org.parcours.portfolio.vae;

/** An archived dossier is kept and readable, but no longer edited nor listed first. */
public enum DossierStatus {
  ACTIVE,
  ARCHIVED
}
