package org.parcours.portal.evidence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.evidence.EvidenceService;

/** The evidence files listed under each entry of "Mon portfolio", as download links. */
@Named
@RequestScoped
public class FilesPage {

  @Inject EvidenceService evidence;
  @Inject SignedInWorker worker;

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

  /** "1,2 Mo" or "34 ko", as a person reads a size. */
  public String size(long bytes) {
    return bytes >= 1024 * 1024
        ? String.format(Feedback.messages().locale(), "%.1f Mo", bytes / 1048576.0)
        : String.format(Feedback.messages().locale(), "%d ko", Math.max(1, bytes / 1024));
  }
}
