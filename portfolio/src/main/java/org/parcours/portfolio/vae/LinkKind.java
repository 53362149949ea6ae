package org.parcours.portfolio.vae;

/** What a bloc's supporting link points to in the worker's portfolio. */
public enum LinkKind {
  /** An experience or a training: a declared piece of evidence. */
  ENTRY,
  /** An evidence file attached to an entry: declared, with a document behind it. */
  FILE,
  /** An imported credential: verified when its connector established it. */
  CREDENTIAL,
  /** A skill from an official referential that the portfolio holds. */
  SKILL
}
