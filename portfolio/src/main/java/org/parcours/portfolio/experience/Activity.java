package org.parcours.portfolio.experience;

/** What sort of experience it was; a VAE jury weighs each differently. */
public enum Activity {
  PAID_JOB,
  VOLUNTEERING,
  PERSONAL_PROJECT,
  INTERNSHIP
}
