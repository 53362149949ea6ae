package org.parcours.portal.web;

import java.util.UUID;
import org.parcours.portfolio.shared.NotFoundException;

/** Ids in paths: a malformed id answers like an unknown one, never with a parsing error. */
public final class PathIds {

  private PathIds() {}

  /**
   * Parses an id from a path.
   *
   * @param id the text of the path segment
   * @param what the kind of thing named, for the not-found answer
   * @return the id
   * @throws NotFoundException when the text is not a UUID
   */
  public static UUID uuid(String id, String what) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException(what);
    }
  }
}
