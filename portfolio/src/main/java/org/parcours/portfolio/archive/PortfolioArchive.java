package org.parcours.portfolio.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.parcours.portfolio.credential.Credential;
import org.parcours.portfolio.credential.CredentialService;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.entry.EntryRepository;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.evidence.EvidenceService;
import org.parcours.portfolio.experience.Experience;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.sharing.SharingService;
import org.parcours.portfolio.skill.SkillTag;
import org.parcours.portfolio.training.Training;
import org.parcours.portfolio.vae.Dossier;
import org.parcours.portfolio.vae.DossierCopy;
import org.parcours.portfolio.vae.DossierRepository;
import org.parcours.portfolio.vae.DossierService.Portfolio;
import org.parcours.portfolio.vae.LinkKind;
import org.parcours.portfolio.worker.WorkerId;

/**
 * "Télécharger mes données": the whole portfolio as one ZIP, VAE dossiers included, and the same
 * ZIP imported into an empty account on any instance. The import is all or nothing: one
 * transaction.
 */
@ApplicationScoped
public class PortfolioArchive {

  private EntryRepository entries;
  private EvidenceService evidence;
  private SharingService sharing;
  private CredentialService credentials;
  private DossierRepository dossiers;
  private Clock clock;

  protected PortfolioArchive() {}

  @Inject
  public PortfolioArchive(
      EntryRepository entries,
      EvidenceService evidence,
      SharingService sharing,
      CredentialService credentials,
      DossierRepository dossiers,
      Clock clock) {
    this.entries = entries;
    this.evidence = evidence;
    this.sharing = sharing;
    this.credentials = credentials;
    this.dossiers = dossiers;
    this.clock = clock;
  }

  /**
   * Writes the owner's portfolio to {@code out} as a ZIP: the manifest, then each evidence file
   * once, decrypted as it streams. The caller closes {@code out}.
   */
  @Transactional
  public void export(WorkerId owner, OutputStream out) throws IOException {
    List<Entry> all = entries.listOf(owner);
    List<EvidenceFile> files = evidence.ofWorker(owner);
    List<Credential> kept = credentials.ofWorker(owner);
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.putNextEntry(new ZipEntry(ArchiveFormat.MANIFEST));
    ManifestWriter.write(
        all,
        files,
        sharing.accessLog(owner),
        kept,
        dossiers.ofWorker(owner),
        OffsetDateTime.now(clock),
        new KeepOpen(zip));
    zip.closeEntry();
    for (Credential credential : kept) {
      zip.putNextEntry(new ZipEntry("credentials/" + credential.originalSha256()));
      zip.write(credentials.original(owner, credential.id()).bytes());
      zip.closeEntry();
    }
    Set<String> written = new HashSet<>();
    for (EvidenceFile file : files) {
      if (written.add(file.sha256())) {
        zip.putNextEntry(new ZipEntry("files/" + file.sha256()));
        try (InputStream content = evidence.open(file)) {
          content.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    zip.finish();
  }

  /**
   * Imports an export into the owner's portfolio, which must be empty. Dossier links follow the
   * pieces the archive brings to their new ids; a link to anything else is dropped.
   *
   * @return what was imported, and how many dossier links were dropped
   * @throws InvalidInputException when the archive is not a Parcours export, breaks a limit, or
   *     holds an entry or a dossier that breaks a rule; nothing is stored then
   */
  @Transactional
  public ImportReport importInto(WorkerId owner, InputStream archive, CredentialRestorer restorer) {
    // A dossier alone makes an account not empty: a second import would duplicate it.
    if (!entries.listOf(owner).isEmpty() || !dossiers.ofWorker(owner).isEmpty()) {
      throw ManifestReader.refused("archive", "archive.portfolioNotEmpty");
    }
    Map<String, EvidenceService.Staged> staged = new HashMap<>();
    Map<String, byte[]> originals = new HashMap<>();
    try {
      byte[] manifest = readArchive(owner, archive, staged, originals);
      ManifestReader.Imported imported = ManifestReader.read(manifest, LocalDate.now(clock));
      OffsetDateTime now = OffsetDateTime.now(clock);
      Map<String, EntryId> newIds = new HashMap<>();
      ImportedIds brought = new ImportedIds();
      for (ImportedEntry e : imported.entries()) {
        Entry entry =
            e.experience() != null
                ? Experience.of(owner, e.experience(), now)
                : Training.of(owner, e.training(), now);
        entry.retag(e.skills(), now);
        entry.restoreDates(
            e.createdAt() == null ? now : e.createdAt(),
            e.updatedAt() == null ? now : e.updatedAt());
        entries.add(entry);
        newIds.put(e.originalId(), entry.entryId());
        brought.add(LinkKind.ENTRY, e.originalId(), entry.entryId().toString());
        for (SkillTag tag : e.skills()) {
          brought.add(LinkKind.SKILL, Portfolio.skillKey(tag), Portfolio.skillKey(tag));
        }
      }
      entries.flush();
      for (ImportedFile f : imported.files()) {
        EvidenceService.Staged content = staged.get(f.sha256());
        if (content == null || content.size() != f.size()) {
          throw ManifestReader.refused("files", "archive.fileMissing");
        }
        EvidenceFile adopted = evidence.adopt(owner, newIds.get(f.entryId()), f.name(), content);
        brought.add(LinkKind.FILE, f.id(), adopted.id().toString());
      }
      for (ImportedCredential c : imported.credentials()) {
        byte[] original = originals.get(c.sha256());
        if (original == null) {
          throw ManifestReader.refused("credentials", "archive.fileMissing");
        }
        UUID restored = restorer.restore(owner, original);
        brought.add(LinkKind.CREDENTIAL, c.sha256(), restored.toString());
      }
      for (DossierCopy copy : imported.dossiers()) {
        dossiers.add(Dossier.restore(owner, brought.relink(copy), now));
      }
      return new ImportReport(
          imported.entries().size(), imported.dossiers().size(), brought.dropped());
    } finally {
      staged.values().forEach(evidence::discard);
    }
  }

  // Stages every file (checked, encrypted for the new owner) and returns the manifest's bytes.
  private byte[] readArchive(
      WorkerId owner,
      InputStream archive,
      Map<String, EvidenceService.Staged> staged,
      Map<String, byte[]> originals) {
    byte[] manifest = null;
    int count = 0;
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(archive)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++count > ArchiveFormat.MAX_ZIP_ENTRIES) {
          throw ManifestReader.refused("archive", "archive.tooManyFiles");
        }
        // Names are only compared, never used as paths: "../x" cannot land anywhere.
        String name = entry.getName();
        if (ArchiveFormat.MANIFEST.equals(name) && manifest == null) {
          manifest = bounded(zip, ArchiveFormat.MAX_MANIFEST_BYTES);
        } else if (ArchiveFormat.FILE_NAME.matcher(name).matches()
            && !staged.containsKey(name.substring(6))) {
          EvidenceService.Staged file = evidence.stage(owner, new KeepOpenInput(zip), total);
          staged.put(name.substring(6), file);
          if (!file.sha256().equals(name.substring(6))) {
            throw ManifestReader.refused("archive", "archive.fileAltered");
          }
          total += file.size();
        } else if (ArchiveFormat.CREDENTIAL_NAME.matcher(name).matches()
            && !originals.containsKey(name.substring(12))) {
          byte[] original = bounded(zip, ArchiveFormat.MAX_CREDENTIAL_BYTES);
          if (!CredentialService.sha256(original).equals(name.substring(12))) {
            throw ManifestReader.refused("archive", "archive.fileAltered");
          }
          originals.put(name.substring(12), original);
        } else {
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

  /** Lets a reader close its stream without closing the ZIP around it. */
  private static final class KeepOpenInput extends FilterInputStream {
    KeepOpenInput(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the ZIP entry ends here; the ZIP itself goes on
    }
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
