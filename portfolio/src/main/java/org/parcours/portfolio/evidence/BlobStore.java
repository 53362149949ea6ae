package org.parcours.portfolio.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parcours.portfolio.worker.WorkerId;

/**
 * Encrypted files on disk: {@code <dir>/<worker id>/<sha256>}, uploads in progress under {@code
 * <dir>/tmp}. Names come from ids and hashes only, never from what a person typed; nothing else in
 * the folder (the development keys live there too) is ever touched.
 */
final class BlobStore {

  /**
   * Which file is at a blob's path: a blob replaced since (by another upload of the same content)
   * is a different file, which a deletion decided earlier must leave alone.
   */
  record Stamp(Object fileKey, FileTime modified) {}

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern WORKER =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final Path root;

  BlobStore(Path root) {
    this.root = root;
  }

  Path temporary() throws IOException {
    Files.createDirectories(root.resolve("tmp"));
    return Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
  }

  /**
   * Moves an encrypted temporary file into place, over any earlier copy of the same content.
   * Replacing rather than reusing the copy matters: a copy about to be deleted (its last row just
   * went, or its upload rolled back) becomes this upload's own file, with a stamp of its own.
   *
   * @return the stamp of the new file when no copy was there before, so that a rollback may delete
   *     it; empty when one was, as rows may reference it and a rollback must keep it
   */
  Optional<Stamp> keep(WorkerId owner, String sha256, Path encrypted) throws IOException {
    Path target = path(owner, sha256);
    Files.createDirectories(target.getParent());
    boolean existed = Files.exists(target);
    try {
      Files.move(
          encrypted, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(encrypted, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return existed ? Optional.empty() : stamp(owner, sha256);
  }

  InputStream open(WorkerId owner, String sha256) throws IOException {
    return Files.newInputStream(path(owner, sha256));
  }

  /** The stamp of the file now at the blob's path, if there is one. */
  Optional<Stamp> stamp(WorkerId owner, String sha256) {
    try {
      BasicFileAttributes file =
          Files.readAttributes(path(owner, sha256), BasicFileAttributes.class);
      return Optional.of(new Stamp(file.fileKey(), file.lastModifiedTime()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the blob if it is still the file stamped; a newer copy of that content stays. */
  boolean deleteIfUnchanged(WorkerId owner, String sha256, Stamp stamp) {
    if (!stamp(owner, sha256).equals(Optional.of(stamp))) {
      return false;
    }
    return delete(path(owner, sha256));
  }

  /** The workers who have a folder here. */
  List<WorkerId> owners() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> folders = Files.list(root)) {
      return folders
          .filter(Files::isDirectory)
          .map(folder -> folder.getFileName().toString())
          .filter(name -> WORKER.matcher(name).matches())
          .map(name -> new WorkerId(UUID.fromString(name)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Deletes the owner's blobs that no row references and that were written before {@code
   * writtenBefore}, then their folder if it is left empty.
   *
   * @return how many blobs were deleted
   */
  int sweep(WorkerId owner, Set<String> referenced, Instant writtenBefore) {
    Path folder = root.resolve(owner.value().toString());
    int deleted = deleteOlder(folder, SHA256, referenced, writtenBefore);
    try {
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // DirectoryNotEmptyException: some blobs stay, and so does their folder.
    }
    return deleted;
  }

  /** Deletes uploads left in progress since before {@code writtenBefore} (a crash mid-upload). */
  int sweepTemporary(Instant writtenBefore) {
    return deleteOlder(
        root.resolve("tmp"), Pattern.compile("upload-.*\\.part"), Set.of(), writtenBefore);
  }

  /** Deletes every blob of the owner, and their folder. */
  void deleteAll(WorkerId owner) {
    sweep(owner, Set.of(), Instant.MAX);
  }

  private static int deleteOlder(
      Path folder, Pattern names, Set<String> spared, Instant writtenBefore) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int deleted = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (names.matcher(name).matches()
            && !spared.contains(name)
            && modifiedBefore(file, writtenBefore)
            && delete(file)) {
          deleted++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return deleted;
  }

  private static boolean modifiedBefore(Path file, Instant instant) throws IOException {
    try {
      return Files.getLastModifiedTime(file).toInstant().isBefore(instant);
    } catch (NoSuchFileException e) {
      return false; // deleted meanwhile
    }
  }

  private static boolean delete(Path file) {
    try {
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path path(WorkerId owner, String sha256) {
    return root.resolve(owner.value().toString()).resolve(sha256);
  }
}
