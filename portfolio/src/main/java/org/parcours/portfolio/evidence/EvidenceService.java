package org.parcours.portfolio.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.entry.EntryRepository;
import org.parcours.portfolio.erasure.WorkerErased;
import org.parcours.portfolio.shared.ErrorCode;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.worker.WorkerId;

/**
 * Evidence files attached to entries. Uploads are streamed: type detected from the first bytes,
 * size counted and hash computed on the way, content encrypted with the worker's key into a
 * temporary file, then kept under its hash. Nothing is held whole in memory.
 *
 * <p>Blobs live outside the database, so each change to them waits for the transaction's outcome: a
 * blob written by a transaction that rolls back is deleted, and so is one whose last row a
 * committed transaction deleted. Every step that moves a blob in or decides to delete one holds the
 * worker's row lock, so uploads, deletions, the quota count and sweeps of one worker never
 * interleave, on one instance or several.
 */
@ApplicationScoped
public class EvidenceService {

  static final int NAME_MAX = 255;
  private static final Logger LOG = Logger.getLogger(EvidenceService.class.getName());
  private static final int SNIFF = 64 * 1024;

  private EvidenceRepository files;
  private EntryRepository entries;
  private EvidenceSettings settings;
  private Clock clock;
  private BlobStore blobs;
  private Event<BlobEvents.Written> written;
  private Event<BlobEvents.Released> released;

  protected EvidenceService() {}

  @Inject
  public EvidenceService(
      EvidenceRepository files,
      EntryRepository entries,
      EvidenceSettings settings,
      Clock clock,
      Event<BlobEvents.Written> written,
      Event<BlobEvents.Released> released) {
    this.files = files;
    this.entries = entries;
    this.settings = settings;
    this.clock = clock;
    this.blobs = new BlobStore(settings.directory());
    this.written = written;
    this.released = released;
  }

  /** What the worker uses of their space, and the limits. */
  public record Usage(long usedBytes, long quotaBytes, long maxFileBytes) {}

  @Transactional
  public Usage usage(WorkerId owner) {
    return new Usage(files.usedBytes(owner), settings.quotaBytes(), settings.maxFileBytes());
  }

  @Transactional
  public List<EvidenceFile> ofEntry(WorkerId owner, EntryId entry) {
    entries.find(owner, entry).orElseThrow(() -> new NotFoundException("entry"));
    return files.ofEntry(owner, entry);
  }

  // One read-only query for the portfolio page, its most frequent use: a transaction around it
  // would only add its begin and commit.
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<EvidenceFile> ofWorker(WorkerId owner) {
    return files.ofWorker(owner);
  }

  /**
   * Attaches a file to one of the owner's entries.
   *
   * @throws NotFoundException when the entry is not the owner's
   * @throws InvalidInputException empty file or bad name (400), too large or over quota (413),
   *     refused type, markup, or a name that lies about the content (415); nothing is kept then
   */
  @Transactional
  public EvidenceFile attach(WorkerId owner, EntryId entry, String name, InputStream content) {
    entries.find(owner, entry).orElseThrow(() -> new NotFoundException("entry"));
    String clean = cleanName(name);
    Staged staged = stage(owner, content, files.usedBytes(owner));
    try {
      if (TypeCheck.nameContradicts(clean, staged.type()).isPresent()) {
        throw refused(ErrorCode.UNSUPPORTED_TYPE, "file.lies");
      }
      return adopt(owner, entry, clean, staged);
    } finally {
      discard(staged);
    }
  }

  /**
   * A file received, checked and encrypted for its owner, not yet attached to anything.
   *
   * @param sha256 the content's hash
   * @param size the content's length
   * @param type the type detected from the content
   * @param encrypted where the ciphertext waits
   */
  public record Staged(String sha256, long size, String type, Path encrypted) {}

  /**
   * Receives a file: refuses empty, oversized and unkept types, markup whatever its detected type,
   * and whatever would pass the quota given what is used already; then encrypts it with the owner's
   * key into a temporary file.
   */
  public Staged stage(WorkerId owner, InputStream content, long alreadyUsed) {
    SecretKey key = keyOf(owner);
    Path temporary = null;
    try {
      BufferedInputStream in = new BufferedInputStream(content, SNIFF);
      in.mark(SNIFF);
      byte[] head = in.readNBytes(SNIFF);
      in.reset();
      if (head.length == 0) {
        throw refused(ErrorCode.INVALID_INPUT, "file.empty");
      }
      String type = TypeCheck.detect(head);
      if (!TypeCheck.allowed(type)) {
        throw refused(ErrorCode.UNSUPPORTED_TYPE, "file.type");
      }
      if (TypeCheck.holdsMarkup(type, head)) {
        throw refused(ErrorCode.UNSUPPORTED_TYPE, "file.markup");
      }
      MessageDigest sha = sha256();
      long room = Math.min(settings.maxFileBytes(), settings.quotaBytes() - alreadyUsed);
      Limited limited = new Limited(new DigestInputStream(in, sha), settings.maxFileBytes());
      temporary = blobs.temporary();
      try (OutputStream out = Files.newOutputStream(temporary)) {
        SegmentedCipher.encrypt(key, limited, out);
      }
      if (limited.count > room) {
        throw refused(ErrorCode.TOO_LARGE, "file.quota");
      }
      Staged staged =
          new Staged(HexFormat.of().formatHex(sha.digest()), limited.count, type, temporary);
      temporary = null;
      return staged;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt evidence", e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  /**
   * Attaches a staged file to an entry of its owner, in the caller's transaction.
   *
   * @throws InvalidInputException when the file would take the owner over their quota (413)
   * @throws NotFoundException when the owner is gone (erased meanwhile)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public EvidenceFile adopt(WorkerId owner, EntryId entry, String name, Staged staged) {
    // Counted again under the owner's lock: two uploads checked at once against the same room
    // would otherwise both pass and together exceed the quota.
    if (!files.lockOwner(owner)) {
      throw new NotFoundException("entry");
    }
    if (files.usedBytes(owner) + staged.size() > settings.quotaBytes()) {
      throw refused(ErrorCode.TOO_LARGE, "file.quota");
    }
    EvidenceFile file =
        new EvidenceFile(
            owner,
            entry,
            staged.sha256(),
            staged.size(),
            TypeCheck.servedAs(staged.type()),
            cleanName(name),
            OffsetDateTime.now(clock));
    files.add(file);
    try {
      // An archive may list one content twice: the second adoption finds it moved already.
      if (Files.exists(staged.encrypted())) {
        blobs
            .keep(owner, staged.sha256(), staged.encrypted())
            .ifPresent(
                stamp -> written.fire(new BlobEvents.Written(owner, staged.sha256(), stamp)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Forgets a staged file that was not adopted (or already was: then nothing is left). */
  public void discard(Staged staged) {
    deleteQuietly(staged.encrypted());
  }

  /** The file's row, for an owner or through a grant (the caller checked the grant). */
  @Transactional
  public EvidenceFile get(WorkerId owner, UUID id) {
    return files.find(owner, id).orElseThrow(() -> new NotFoundException("file"));
  }

  /** The decrypted content; the caller closes it. */
  @Transactional
  public InputStream open(EvidenceFile file) {
    try {
      return SegmentedCipher.decrypt(keyOf(file.owner()), blobs.open(file.owner(), file.sha256()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Deletes one of the owner's files; its blob goes after the commit unless another row uses it.
   */
  @Transactional
  public void delete(WorkerId owner, UUID id) {
    files.lockOwner(owner);
    EvidenceFile file = get(owner, id);
    files.remove(file);
    if (!files.hashesOf(owner).contains(file.sha256())) {
      blobs
          .stamp(owner, file.sha256())
          .ifPresent(stamp -> released.fire(new BlobEvents.Released(owner, file.sha256(), stamp)));
    }
  }

  /** The workers who have blobs on disk, for {@link #sweep}. */
  public List<WorkerId> ownersOnDisk() {
    return blobs.owners();
  }

  /**
   * Deletes the owner's blobs that no row references, written longer than {@code grace} ago (an
   * upload may be between writing its blob and committing its row); all of them when the owner is
   * gone. What entry deletions and crashes leave behind goes this way.
   *
   * @return how many blobs were deleted
   */
  @Transactional
  public int sweep(WorkerId owner, Duration grace) {
    boolean exists = files.lockOwner(owner);
    return blobs.sweep(
        owner, exists ? files.hashesOf(owner) : Set.of(), clock.instant().minus(grace));
  }

  /**
   * Deletes uploads left half-written (by a crash) longer than {@code grace} ago.
   *
   * @return how many were deleted
   */
  public int sweepTemporary(Duration grace) {
    return blobs.sweepTemporary(clock.instant().minus(grace));
  }

  /** Erasure: the rows and the key went with the worker's row; the blobs go now. */
  void erased(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkerErased event) {
    blobs.deleteAll(event.worker());
  }

  /** A rolled-back upload leaves no blob, unless another upload of that content replaced it. */
  void rolledBack(@Observes(during = TransactionPhase.AFTER_FAILURE) BlobEvents.Written event) {
    blobs.deleteIfUnchanged(event.owner(), event.sha256(), event.stamp());
  }

  /** A deleted file's blob goes once the deletion is committed, unless it was uploaded again. */
  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BlobEvents.Released event) {
    blobs.deleteIfUnchanged(event.owner(), event.sha256(), event.stamp());
  }

  private SecretKey keyOf(WorkerId owner) {
    String wrapped =
        files
            .wrappedKey(owner)
            .orElseGet(() -> {
              files.addKeyIfAbsent(owner, KeyRing.wrap(settings.masterKey(), KeyRing.newKey()));
              return files.wrappedKey(owner).orElseThrow();
            });
    return KeyRing.unwrap(settings.masterKey(), wrapped);
  }

  private static String cleanName(String name) {
    String base = name == null ? "" : name;
    // Keep only the last path segment and drop control characters: a name is never a path.
    base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
    base = base.replaceAll("\\p{Cntrl}", "").strip();
    if (base.isEmpty() || base.length() > NAME_MAX || base.equals(".") || base.equals("..")) {
      throw new InvalidInputException(List.of(new Violation("name", "file.name")));
    }
    return base;
  }

  private static InvalidInputException refused(ErrorCode code, String rule) {
    return new InvalidInputException(code, List.of(new Violation("file", rule)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A leftover temporary file holds only ciphertext; say so rather than hide the failure.
        LOG.log(Level.WARNING, "Could not delete the temporary upload " + file, e);
      }
    }
  }

  /** Counts bytes and stops at the limit, whatever the client declared. */
  private static final class Limited extends FilterInputStream {
    private final long max;
    long count;

    Limited(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) {
      count += n;
      if (count > max) {
        throw refused(ErrorCode.TOO_LARGE, "file.tooLarge");
      }
    }
  }
}
