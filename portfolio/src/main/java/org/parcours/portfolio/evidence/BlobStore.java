package org.parcours.portfolio.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.stream.Stream;
import org.parcours.portfolio.worker.WorkerId;

/**
 * Encrypted files on disk: {@code <dir>/<worker id>/<sha256>}. Names come from ids and hashes only,
 * never from what a person typed.
 */
final class BlobStore {

  private final Path root;

  BlobStore(Path root) {
    this.root = root;
  }

  Path temporary() throws IOException {
    Files.createDirectories(root.resolve("tmp"));
    return Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
  }

  /** Moves an encrypted temporary file into place; an existing one with that hash is kept. */
  void keep(WorkerId owner, String sha256, Path encrypted) throws IOException {
    Path target = path(owner, sha256);
    Files.createDirectories(target.getParent());
    if (Files.exists(target)) {
      Files.deleteIfExists(encrypted);
      return;
    }
    try {
      Files.move(encrypted, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(encrypted, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  InputStream open(WorkerId owner, String sha256) throws IOException {
    return Files.newInputStream(path(owner, sha256));
  }

  /** Deletes the owner's blobs that no row references any more. */
  void sweep(WorkerId owner, Set<String> referenced) {
    Path dir = root.resolve(owner.value().toString());
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        if (!referenced.contains(f.getFileName().toString())) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes every blob of the owner. */
  void deleteAll(WorkerId owner) {
    sweep(owner, Set.of());
    try {
      Files.deleteIfExists(root.resolve(owner.value().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path path(WorkerId owner, String sha256) {
    return root.resolve(owner.value().toString()).resolve(sha256);
  }
}
