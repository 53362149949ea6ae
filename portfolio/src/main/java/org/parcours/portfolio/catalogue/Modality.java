package org.parcours.portfolio.catalogue;

/** Where the offer happens: in a place, at a distance, or both. */
public enum Modality {
  IN_PERSON,
  REMOTE,
  MIXED
}
