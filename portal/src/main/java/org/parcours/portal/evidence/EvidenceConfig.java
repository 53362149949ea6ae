package org.parcours.portal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.portfolio.evidence.EvidenceSettings;

/**
 * Evidence storage from configuration (docs/operations.md): PARCOURS_FILES_DIR,
 * PARCOURS_FILES_MAXBYTES, PARCOURS_FILES_QUOTABYTES and PARCOURS_FILES_MASTERKEY (32 bytes,
 * base64). Without a master key, one is generated next to the files, for development only.
 */
@ApplicationScoped
public class EvidenceConfig {

  private static final Logger LOG = Logger.getLogger(EvidenceConfig.class.getName());

  @Inject
  @ConfigProperty(name = "parcours.files.dir")
  String directory;

  @Inject
  @ConfigProperty(name = "parcours.files.maxBytes", defaultValue = "20971520")
  long maxFileBytes;

  @Inject
  @ConfigProperty(name = "parcours.files.quotaBytes", defaultValue = "524288000")
  long quotaBytes;

  @Inject
  @ConfigProperty(name = "parcours.files.masterKey")
  Optional<String> masterKey;

  private EvidenceSettings settings;

  @Produces
  synchronized EvidenceSettings settings() {
    if (settings == null) {
      Path dir = Path.of(directory).toAbsolutePath().normalize();
      settings = new EvidenceSettings(dir, maxFileBytes, quotaBytes, key(dir));
    }
    return settings;
  }

  private byte[] key(Path dir) {
    byte[] key = Base64.getDecoder().decode(masterKey.orElseGet(() -> localKey(dir)).strip());
    if (key.length != 32) {
      throw new IllegalStateException("parcours.files.masterKey must be 32 bytes in base64");
    }
    return key;
  }

  private static String localKey(Path dir) {
    Path file = dir.resolve(".master-key");
    try {
      if (!Files.exists(file)) {
        LOG.warning(
            "No PARCOURS_FILES_MASTERKEY: generating " + file + " (development only; see docs)");
        Files.createDirectories(dir);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.writeString(file, Base64.getEncoder().encodeToString(key));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
