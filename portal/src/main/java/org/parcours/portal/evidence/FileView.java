package org.parcours.portal.evidence;

import java.time.OffsetDateTime;
import java.util.List;
import org.parcours.portfolio.evidence.EvidenceFile;

/** A file as the API lists it. */
public record FileView(
    String id,
    String entryId,
    String name,
    String mediaType,
    long size,
    String sha256,
    OffsetDateTime uploadedAt) {

  public static FileView of(EvidenceFile f) {
    return new FileView(
        f.id().toString(),
        f.entry().toString(),
        f.name(),
        f.mediaType(),
        f.size(),
        f.sha256(),
        f.uploadedAt());
  }

  /** Files, oldest first. */
  public record FileList(List<FileView> items) {}
}
