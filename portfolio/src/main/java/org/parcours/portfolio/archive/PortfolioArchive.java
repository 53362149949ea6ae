package org.parcours.portfolio.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryRepository;
import org.parcours.portfolio.experience.Experience;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.training.Training;
import org.parcours.portfolio.worker.WorkerId;

/**
 * "Télécharger mes données": the whole portfolio as one ZIP, and the same ZIP imported into an
 * empty account on any instance. The import is all or nothing: one transaction.
 */
@ApplicationScoped
public class PortfolioArchive {

  private EntryRepository entries;
  private Clock clock;

  protected PortfolioArchive() {}

  @Inject
  public PortfolioArchive(EntryRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  /** Writes the owner's portfolio to {@code out} as a ZIP; the caller closes {@code out}. */
  @Transactional
  public void export(WorkerId owner, OutputStream out) throws IOException {
    List<Entry> all = entries.listOf(owner);
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.putNextEntry(new ZipEntry(ArchiveFormat.MANIFEST));
    ManifestWriter.write(all, OffsetDateTime.now(clock), new KeepOpen(zip));
    zip.closeEntry();
    zip.finish();
  }

  /**
   * Imports an export into the owner's portfolio, which must be empty.
   *
   * @return how many entries were imported
   * @throws InvalidInputException when the archive is not a Parcours export, breaks a limit, or
   *     holds an entry that breaks a rule; nothing is stored then
   */
  @Transactional
  public int importInto(WorkerId owner, InputStream archive) {
    byte[] manifest = readManifest(archive);
    List<ImportedEntry> imported = ManifestReader.read(manifest, LocalDate.now(clock));
    if (!entries.listOf(owner).isEmpty()) {
      throw ManifestReader.refused("archive", "archive.portfolioNotEmpty");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (ImportedEntry e : imported) {
      Entry entry =
          e.experience() != null
              ? Experience.of(owner, e.experience(), now)
              : Training.of(owner, e.training(), now);
      entry.retag(e.skills(), now);
      entry.restoreDates(
          e.createdAt() == null ? now : e.createdAt(), e.updatedAt() == null ? now : e.updatedAt());
      entries.add(entry);
    }
    return imported.size();
  }

  private static byte[] readManifest(InputStream archive) {
    byte[] manifest = null;
    int count = 0;
    try (ZipInputStream zip = new ZipInputStream(archive)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++count > ArchiveFormat.MAX_ZIP_ENTRIES) {
          throw ManifestReader.refused("archive", "archive.tooManyFiles");
        }
        // Names are only compared, never used as paths: "../x" cannot land anywhere.
        String name = entry.getName();
        if (ArchiveFormat.MANIFEST.equals(name) && manifest == null) {
          manifest = bounded(zip, ArchiveFormat.MAX_MANIFEST_BYTES);
        } else if (!ArchiveFormat.FILE_NAME.matcher(name).matches()) {
          throw ManifestReader.refused("archive", "archive.unexpectedFile");
        }
      }
    } catch (ZipException e) {
      throw ManifestReader.refused("archive", "archive.notZip");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (manifest == null) {
      throw ManifestReader.refused("archive", "archive.noManifest");
    }
    return manifest;
  }

  // Reads at most max bytes, whatever the ZIP claims the size is: a bomb stops here.
  private static byte[] bounded(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > max) {
        throw ManifestReader.refused("archive", "archive.tooLarge");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Lets a writer close its stream without closing the ZIP around it. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
