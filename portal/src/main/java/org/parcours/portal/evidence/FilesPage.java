package org.parcours.portal.evidence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.evidence.EvidenceService;
import org.parcours.portfolio.shared.InvalidInputException;

/** The evidence files shown under each entry of "Mon portfolio", and their upload forms. */
@Named
@RequestScoped
public class FilesPage {

  @Inject EvidenceService evidence;
  @Inject SignedInWorker worker;

  private Part file;
  private Map<EntryId, List<EvidenceFile>> byEntry;

  /** One query for the whole page, not one per entry. */
  public List<EvidenceFile> of(EntryId entry) {
    if (byEntry == null) {
      byEntry =
          evidence.ofWorker(worker.id()).stream()
              .collect(Collectors.groupingBy(EvidenceFile::entry));
    }
    return byEntry.getOrDefault(entry, List.of());
  }

  public String upload(String entryId) throws IOException {
    if (file == null || file.getSize() == 0) {
      Feedback.notice("files.missing");
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      evidence.attach(
          worker.id(), EntryId.parse(entryId).orElseThrow(), file.getSubmittedFileName(), in);
    } catch (InvalidInputException e) {
      Feedback.show("files", e);
      return null;
    }
    Feedback.flash("files.added", file.getSubmittedFileName());
    return "/portfolio/index.xhtml?faces-redirect=true";
  }

  public String delete(String fileId, String name) {
    evidence.delete(worker.id(), UUID.fromString(fileId));
    Feedback.flash("files.deleted", name);
    return "/portfolio/index.xhtml?faces-redirect=true";
  }

  /** "1,2 Mo" or "34 ko", as a person reads a size. */
  public String size(long bytes) {
    return bytes >= 1024 * 1024
        ? String.format(Feedback.messages().locale(), "%.1f Mo", bytes / 1048576.0)
        : String.format(Feedback.messages().locale(), "%d ko", Math.max(1, bytes / 1024));
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
