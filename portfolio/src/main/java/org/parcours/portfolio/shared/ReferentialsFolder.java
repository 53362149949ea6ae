package org.parcours.portfolio.shared;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The folder of official open-data files (ESCO, ROME, RNCP, Pix, communes) the application reads
 * its referentials from; the portal provides it from configuration.
 */
public record ReferentialsFolder(Path path) {
  public ReferentialsFolder {
    Objects.requireNonNull(path, "path");
  }
}
