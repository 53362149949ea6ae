package org.parcours.plugin.connector;

import java.util.Objects;
import java.util.Set;

/**
 * A credential format a connector reads.
 *
 * @param id stable identifier, such as {@code ob3-vc-jwt}
 * @param name shown to workers, such as {@code Open Badges 3.0 (JWT)}
 * @param mediaTypes media types of files in this format
 */
public record CredentialFormat(String id, String name, Set<String> mediaTypes) {

  /**
   * Checks every field.
   *
   * @throws NullPointerException if a field is missing
   */
  public CredentialFormat {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    mediaTypes = Set.copyOf(mediaTypes);
  }
}
