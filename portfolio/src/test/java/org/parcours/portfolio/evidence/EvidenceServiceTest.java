package org.parcours.portfolio.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.entry.EntryRepository;
import org.parcours.portfolio.erasure.WorkerErased;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.worker.WorkerId;

/**
 * The blob store follows the database: the quota is counted under the owner's lock, and blobs go
 * when their transaction rolls back, when their last row is deleted, or when a sweep finds them
 * unreferenced. Observers are called here as the container calls them when a transaction ends.
 */
class EvidenceServiceTest {

  private static final Duration GRACE = Duration.ofHours(1);
  private static final FileTime LONG_AGO = FileTime.from(Instant.now().minus(Duration.ofDays(2)));

  @TempDir Path dir;

  private final WorkerId camille = new WorkerId(UUID.randomUUID());
  private final EntryId entry = new EntryId(UUID.randomUUID());
  private final InMemoryEvidenceRepository files =
      new InMemoryEvidenceRepository(new HashSet<>(Set.of(camille)));
  private final RecordingEvent<BlobEvents.Written> written = new RecordingEvent<>();
  private final RecordingEvent<BlobEvents.Released> released = new RecordingEvent<>();
  private EvidenceService service;

  @BeforeEach
  void start() {
    EvidenceSettings settings = new EvidenceSettings(dir, 1_000, 1_500, new byte[32]);
    service =
        new EvidenceService(files, NO_ENTRIES, settings, Clock.systemUTC(), written, released);
  }

  @Test
  void theQuotaIsCountedAgainUnderTheOwnersLockSoTwoUploadsCannotBothPass() {
    // Both staged against the same room, as two concurrent uploads are: each alone fits.
    EvidenceService.Staged first = service.stage(camille, text(900, 'a'), 0);
    EvidenceService.Staged second = service.stage(camille, text(900, 'b'), 0);

    service.adopt(camille, entry, "a.txt", first);
    assertThatThrownBy(() -> service.adopt(camille, entry, "b.txt", second))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(rules(e)).containsExactly("file.quota"));

    assertThat(files.rows).hasSize(1);
    assertThat(files.calls).containsExactly("lock", "usedBytes", "add", "lock", "usedBytes");
    assertThat(Files.exists(blobOf(second.sha256()))).isFalse();
  }

  @Test
  void aWorkerErasedMeanwhileGetsNoRowAndNoBlob() {
    EvidenceService.Staged staged = service.stage(camille, text(10, 'a'), 0);
    files.workers.clear();

    assertThatThrownBy(() -> service.adopt(camille, entry, "a.txt", staged))
        .isInstanceOf(NotFoundException.class);
    assertThat(files.rows).isEmpty();
    assertThat(Files.exists(blobOf(staged.sha256()))).isFalse();
  }

  @Test
  void aBlobWrittenByATransactionThatRollsBackIsDeleted() {
    EvidenceFile file = upload('a');
    assertThat(Files.exists(blobOf(file.sha256()))).isTrue();

    assertThat(written.fired).hasSize(1);
    service.rolledBack(written.fired.get(0));

    assertThat(Files.exists(blobOf(file.sha256()))).isFalse();
  }

  @Test
  void aRollbackKeepsABlobThatRowsMayStillReference() {
    upload('a');
    written.fired.clear(); // that upload was committed

    EvidenceFile again = upload('a');

    // The content was kept already: no rollback of this second upload may take it away.
    assertThat(written.fired).isEmpty();
    assertThat(Files.exists(blobOf(again.sha256()))).isTrue();
  }

  @Test
  void aRolledBackBlobReplacedByAnotherUploadOfTheSameContentStays() {
    EvidenceFile file = upload('a');
    BlobEvents.Written firstWrite = written.fired.get(0);

    // Another transaction keeps the same content before the first one's rollback is handled.
    upload('a');
    service.rolledBack(firstWrite);

    assertThat(Files.exists(blobOf(file.sha256()))).isTrue();
  }

  @Test
  void aDeletedFilesBlobGoesOnlyOnceTheDeletionIsCommitted() {
    EvidenceFile file = upload('a');

    service.delete(camille, file.id());
    assertThat(Files.exists(blobOf(file.sha256()))).as("still there before the commit").isTrue();
    assertThat(files.calls).startsWith("lock", "usedBytes", "add", "lock");

    assertThat(released.fired).hasSize(1);
    service.committed(released.fired.get(0));
    assertThat(Files.exists(blobOf(file.sha256()))).isFalse();
  }

  @Test
  void aBlobAnotherRowStillUsesIsNotReleased() {
    EvidenceFile file = upload('a');
    upload('a');

    service.delete(camille, file.id());

    assertThat(released.fired).isEmpty();
    assertThat(Files.exists(blobOf(file.sha256()))).isTrue();
  }

  @Test
  void aBlobUploadedAgainBeforeTheDeletionsCommitIsHandledStays() {
    EvidenceFile file = upload('a');
    service.delete(camille, file.id());

    upload('a');
    service.committed(released.fired.get(0));

    assertThat(Files.exists(blobOf(file.sha256()))).isTrue();
  }

  @Test
  void theSweepDeletesOnlyOldBlobsNoRowReferencesAndNothingElse() throws IOException {
    EvidenceFile kept = upload('a');
    Files.setLastModifiedTime(blobOf(kept.sha256()), LONG_AGO);
    Path orphan = blob(camille, "b".repeat(64), LONG_AGO);
    Path inFlight = blob(camille, "c".repeat(64), FileTime.from(Instant.now()));
    Path notABlob = blob(camille, "notes", LONG_AGO);
    Path masterKey = Files.writeString(dir.resolve(".master-key"), "key");
    Files.setLastModifiedTime(masterKey, LONG_AGO);

    assertThat(service.sweep(camille, GRACE)).isEqualTo(1);

    assertThat(orphan).doesNotExist();
    assertThat(blobOf(kept.sha256())).exists();
    assertThat(inFlight).as("written within the grace period").exists();
    assertThat(notABlob).exists();
    assertThat(masterKey).exists();
    assertThat(files.calls).last().isEqualTo("lock");
  }

  @Test
  void theSweepDeletesEveryOldBlobOfAWorkerWhoIsGone() throws IOException {
    WorkerId gone = new WorkerId(UUID.randomUUID());
    blob(gone, "d".repeat(64), LONG_AGO);
    upload('a');

    assertThat(service.ownersOnDisk()).containsExactlyInAnyOrder(camille, gone);
    assertThat(service.sweep(gone, GRACE)).isEqualTo(1);

    assertThat(dir.resolve(gone.value().toString())).doesNotExist();
    assertThat(service.ownersOnDisk()).containsExactly(camille);
  }

  @Test
  void uploadsLeftHalfWrittenGoAfterTheGrace() throws IOException {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path crashed = Files.writeString(tmp.resolve("upload-1.part"), "x");
    Files.setLastModifiedTime(crashed, LONG_AGO);
    Path inProgress = Files.writeString(tmp.resolve("upload-2.part"), "x");

    assertThat(service.sweepTemporary(GRACE)).isEqualTo(1);

    assertThat(crashed).doesNotExist();
    assertThat(inProgress).exists();
  }

  @Test
  void erasureLeavesNoBlobOfTheWorker() {
    upload('a');
    upload('b');

    service.erased(new WorkerErased(camille));

    assertThat(dir.resolve(camille.value().toString())).doesNotExist();
  }

  @Test
  void markupIsRefusedBeforeAnythingIsKept() throws IOException {
    for (byte[] payload :
        List.of(
            TypeCheckTest.HTML,
            TypeCheckTest.SVG,
            TypeCheckTest.SVG_WITHOUT_NAMESPACE,
            TypeCheckTest.PDF_AND_HTML,
            TypeCheckTest.HTML_FRAGMENT)) {
      assertThatThrownBy(() -> service.stage(camille, new ByteArrayInputStream(payload), 0))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(e -> assertThat(rules(e)).containsAnyOf("file.type", "file.markup"));
    }
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.filter(Files::isRegularFile)).isEmpty();
    }
  }

  private EvidenceFile upload(char content) {
    return service.adopt(camille, entry, "notes.txt", service.stage(camille, text(10, content), 0));
  }

  private Path blobOf(String sha256) {
    return dir.resolve(camille.value().toString()).resolve(sha256);
  }

  private Path blob(WorkerId owner, String name, FileTime modified) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(owner.value().toString()));
    Path file = Files.writeString(folder.resolve(name), "ciphertext");
    Files.setLastModifiedTime(file, modified);
    return file;
  }

  private static ByteArrayInputStream text(int length, char c) {
    return new ByteArrayInputStream(
        String.valueOf(c).repeat(length).getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> rules(Throwable e) {
    return ((InvalidInputException) e).violations().stream().map(Violation::rule).toList();
  }

  private static final EntryRepository NO_ENTRIES =
      new EntryRepository() {
        @Override
        public List<Entry> listOf(WorkerId owner) {
          return List.of();
        }

        @Override
        public Optional<Entry> find(WorkerId owner, EntryId id) {
          return Optional.empty();
        }

        @Override
        public void add(Entry entry) {}

        @Override
        public void flush() {}
      };
}
