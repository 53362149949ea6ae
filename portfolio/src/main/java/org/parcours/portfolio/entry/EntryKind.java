package org.parcours.portfolio.entry;

/** The kinds of portfolio entries; stored as the {@code kind} column of {@code portfolio_entry}. */
public enum EntryKind {
  EXPERIENCE,
  TRAINING,
  CREDENTIAL
}
