package org.parcours.portal.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Where the generations of the index live. A rebuild writes a whole new generation beside the one
 * being searched, then makes it current in one step, so a crash mid-rebuild leaves the previous
 * index in place.
 */
interface Storage {

  /** The current generation, or null when there is none yet. */
  Directory current() throws IOException;

  /** A new, empty generation, not current yet. */
  Directory next() throws IOException;

  /**
   * Makes {@code generation} the one {@link #current()} opens from now on, even after a restart.
   */
  void makeCurrent(Directory generation) throws IOException;

  /** Closes a generation that is no longer current and frees its space. */
  void discard(Directory generation);

  /** Generations in memory, for tests: lost when the process ends. */
  static Storage inMemory() {
    return new Storage() {
      private Directory current;

      @Override
      public Directory current() {
        return current;
      }

      @Override
      public Directory next() {
        return new ByteBuffersDirectory();
      }

      @Override
      public void makeCurrent(Directory generation) {
        current = generation;
      }

      @Override
      public void discard(Directory generation) {
        try {
          generation.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /**
   * Generations as sub-folders {@code gen-1}, {@code gen-2}... of {@code folder}; the file {@code
   * CURRENT} names the current one and is replaced atomically.
   */
  static Storage onDisk(Path folder) {
    return new Storage() {
      private final Path pointer = folder.resolve("CURRENT");

      @Override
      public Directory current() throws IOException {
        if (!Files.isRegularFile(pointer)) {
          return null;
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        Path generation = folder.resolve(name);
        if (name.isEmpty()
            || !generation.getParent().equals(folder)
            || !Files.isDirectory(generation)) {
          return null;
        }
        return FSDirectory.open(generation);
      }

      @Override
      public Directory next() throws IOException {
        Files.createDirectories(folder);
        int last = 0;
        try (Stream<Path> children = Files.list(folder)) {
          last =
              children
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.matches("gen-\\d{1,9}"))
                  .mapToInt(n -> Integer.parseInt(n.substring(4)))
                  .max()
                  .orElse(0);
        }
        Path generation = folder.resolve("gen-" + (last + 1));
        Files.createDirectory(generation);
        return FSDirectory.open(generation);
      }

      @Override
      public void makeCurrent(Directory generation) throws IOException {
        String name = path(generation).getFileName().toString();
        Path temporary = folder.resolve("CURRENT.tmp");
        Files.writeString(temporary, name, StandardCharsets.UTF_8);
        Files.move(
            temporary,
            pointer,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }

      @Override
      public void discard(Directory generation) {
        Path path = path(generation);
        try {
          generation.close();
          // Readers still open on it keep their files: the system frees them when they close.
          try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
              Files.deleteIfExists(p);
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException("Could not delete the old index " + path, e);
        }
      }

      private static Path path(Directory generation) {
        return ((FSDirectory) generation).getDirectory();
      }
    };
  }
}
