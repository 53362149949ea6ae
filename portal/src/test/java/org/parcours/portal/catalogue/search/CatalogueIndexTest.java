package org.parcours.portal.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcours.portal.catalogue.TestOffers.offer;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.portfolio.catalogue.Offer;

class CatalogueIndexTest {

  private static final String SOURCE = "the database";

  @TempDir Path folder;

  private static Stream<Offer> offers(String word, int count) {
    return IntStream.range(0, count).mapToObj(i -> offer(word + " " + i).build());
  }

  private static long total(CatalogueIndex index, String text) throws IOException {
    return index.search(CatalogueQuery.builder().text(text).build()).total();
  }

  @Test
  void a_rebuilt_index_is_found_again_after_a_restart() throws IOException {
    try (CatalogueIndex index = CatalogueIndex.onDisk(folder, SOURCE)) {
      assertThat(index.open().needsRebuild()).isTrue();
      assertThat(total(index, "atelier")).isZero();
      assertThat(index.rebuild(offers("atelier", 500))).isEqualTo(500);
      index.upsert(offer("atelier en plus").build());
      index.commit();
    }
    try (CatalogueIndex index = CatalogueIndex.onDisk(folder, SOURCE)) {
      IndexStatus status = index.open();
      assertThat(status.state()).isEqualTo(IndexStatus.State.READY);
      assertThat(total(index, "atelier")).isEqualTo(501);
    }
    // Only the current generation is left on disk.
    try (Stream<Path> children = Files.list(folder)) {
      assertThat(children.filter(Files::isDirectory).count()).isEqualTo(1);
    }
  }

  @Test
  void an_index_built_from_another_database_is_not_trusted() throws IOException {
    try (CatalogueIndex index = CatalogueIndex.onDisk(folder, SOURCE)) {
      index.open();
      index.rebuild(offers("atelier", 20));
    }
    try (CatalogueIndex index = CatalogueIndex.onDisk(folder, "another database")) {
      IndexStatus status = index.open();
      assertThat(status.state()).isEqualTo(IndexStatus.State.FOREIGN);
      assertThat(status.needsRebuild()).isTrue();
      assertThat(total(index, "atelier")).as("none of the other database's offers").isZero();
    }
  }

  @Test
  void an_index_laid_out_by_an_earlier_version_is_rebuilt() throws IOException {
    try (CatalogueIndex index = CatalogueIndex.onDisk(folder, SOURCE)) {
      index.open();
      index.rebuild(offers("atelier", 20));
    }
    // What an earlier version left: the same database named, no layout in the commit data.
    String generation = Files.readString(folder.resolve("CURRENT")).strip();
    try (Directory directory = FSDirectory.open(folder.resolve(generation));
        IndexWriter earlier = new IndexWriter(directory, new IndexWriterConfig())) {
      earlier.setLiveCommitData(Map.of("parcours.source", SOURCE).entrySet());
      earlier.commit();
    }
    try (CatalogueIndex index = CatalogueIndex.onDisk(folder, SOURCE)) {
      IndexStatus status = index.open();
      assertThat(status.state()).isEqualTo(IndexStatus.State.OUTDATED);
      assertThat(status.needsRebuild()).isTrue();
      assertThat(index.rebuild(offers("atelier", 20))).isEqualTo(20);
    }
    try (CatalogueIndex index = CatalogueIndex.onDisk(folder, SOURCE)) {
      assertThat(index.open().state()).isEqualTo(IndexStatus.State.READY);
    }
  }

  @Test
  void searches_keep_answering_during_a_rebuild() throws Exception {
    try (CatalogueIndex index = CatalogueIndex.onDisk(folder, SOURCE)) {
      index.open();
      index.rebuild(offers("atelier", 2_000));
      AtomicBoolean rebuilding = new AtomicBoolean(true);
      List<Throwable> failures = new CopyOnWriteArrayList<>();
      AtomicInteger searches = new AtomicInteger();
      AtomicInteger emptyAnswers = new AtomicInteger();
      Thread searcher =
          Thread.ofPlatform()
              .start(() -> {
                while (rebuilding.get()) {
                  try {
                    if (total(index, "atelier") == 0) {
                      emptyAnswers.incrementAndGet();
                    }
                    searches.incrementAndGet();
                  } catch (Throwable t) {
                    failures.add(t);
                  }
                }
              });
      Offer addedDuringRebuild = offer("atelier ajouté pendant la reconstruction").build();
      Stream<Offer> slowSource =
          offers("atelier", 3_000)
              .peek(o -> {
                if (o.title().equals("atelier 1500")) {
                  try {
                    // A change committed in the database while the rebuild reads it.
                    index.upsert(addedDuringRebuild);
                  } catch (IOException e) {
                    throw new AssertionError(e);
                  }
                }
              });
      index.rebuild(slowSource);
      rebuilding.set(false);
      searcher.join();

      assertThat(failures).isEmpty();
      assertThat(emptyAnswers.get()).isZero();
      assertThat(searches.get()).isPositive();
      assertThat(total(index, "atelier")).isEqualTo(3_001);
      assertThat(total(index, "reconstruction")).isEqualTo(1);
    }
  }

  @Test
  void a_damaged_index_is_detected_and_can_be_rebuilt() throws IOException {
    try (CatalogueIndex index = CatalogueIndex.onDisk(folder, SOURCE)) {
      index.open();
      index.rebuild(offers("atelier", 1_000));
    }
    Path largest;
    try (Stream<Path> files = Files.walk(folder)) {
      largest =
          files
              .filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("CURRENT"))
              .max(Comparator.comparingLong(CatalogueIndexTest::size))
              .orElseThrow();
    }
    try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
      file.setLength(file.length() / 2);
    }

    try (CatalogueIndex index = CatalogueIndex.onDisk(folder, SOURCE)) {
      IndexStatus status = index.open();
      assertThat(status.state()).isEqualTo(IndexStatus.State.CORRUPT);
      assertThat(status.reason()).contains("needs a rebuild");
      assertThat(total(index, "atelier")).isZero();

      index.rebuild(offers("atelier", 10));
      assertThat(total(index, "atelier")).isEqualTo(10);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
