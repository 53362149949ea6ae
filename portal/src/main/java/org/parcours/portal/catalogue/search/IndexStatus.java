package org.parcours.portal.catalogue.search;

/**
 * What {@link CatalogueIndex#open()} found. When it is not {@link State#READY}, the index answers
 * with an empty catalogue until the caller rebuilds it from the database.
 */
public record IndexStatus(State state, String reason) {

  public enum State {
    READY,
    MISSING,
    CORRUPT,
    /** Built from another database (a restored backup, another environment): not trusted. */
    FOREIGN,
    /** Laid out by an earlier version: what this version searches or shows may be missing. */
    OUTDATED
  }

  public boolean needsRebuild() {
    return state != State.READY;
  }
}
