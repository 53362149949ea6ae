package org.parcours.portal.referential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.portfolio.shared.ReferentialsFolder;

/**
 * Where the official open-data files are: {@code parcours.data.dir} (environment variable
 * PARCOURS_DATA_DIR). The build points it at {@code ../shared/data} for development and tests.
 */
@ApplicationScoped
public class ReferentialsConfig {

  @Inject
  @ConfigProperty(name = "parcours.data.dir")
  String dataDir;

  @Produces
  ReferentialsFolder folder() {
    return new ReferentialsFolder(Path.of(dataDir).toAbsolutePath().normalize());
  }
}
