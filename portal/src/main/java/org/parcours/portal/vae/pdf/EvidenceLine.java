package org.parcours.portal.vae.pdf;

import static java.util.Objects.requireNonNull;

/**
 * One piece of evidence attached to a bloc.
 *
 * @param kind what it is
 * @param title its title
 * @param detail dates, issuer or file type, or {@code null}
 * @param verified whether Parcours verified it (a credential's signature, for instance), as opposed
 *     to the worker's declaration alone
 */
public record EvidenceLine(Kind kind, String title, String detail, boolean verified) {

  /** Where a piece of evidence comes from in the portfolio. */
  public enum Kind {
    EXPERIENCE,
    TRAINING,
    FILE,
    CREDENTIAL,
    SKILL
  }

  public EvidenceLine {
    requireNonNull(kind, "kind");
    requireNonNull(title, "title");
  }
}
