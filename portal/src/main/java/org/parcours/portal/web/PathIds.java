package org.parcours.portal.web;

import java.util.List;
import java.util.UUID;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.shared.Violation;

/**
 * Ids in paths and bodies: a malformed id answers like an unknown one (paths) or as the broken rule
 * (bodies), never with a parsing error.
 */
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

  /**
   * Parses an id given in a request body: a malformed one breaks the rule named.
   *
   * @throws InvalidInputException naming {@code field} and {@code rule} when not a UUID
   */
  public static UUID bodyUuid(String id, String field, String rule) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException(List.of(new Violation(field, rule)));
    }
  }
}
