package org.parcours.portfolio.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.worker.WorkerId;

/** A file attached to a portfolio entry as evidence; its bytes are in the blob store. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

  @Id private UUID id;

  @Column(name = "entry_id", nullable = false, updatable = false)
  private UUID entryId;

  @Column(name = "worker_id", nullable = false, updatable = false)
  private UUID workerId;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "media_type", nullable = false, updatable = false)
  private String mediaType;

  @Column(name = "name", nullable = false, updatable = false)
  private String name;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private OffsetDateTime uploadedAt;

  protected EvidenceFile() {}

  EvidenceFile(
      WorkerId owner,
      EntryId entry,
      String sha256,
      long size,
      String mediaType,
      String name,
      OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.workerId = owner.value();
    this.entryId = entry.value();
    this.sha256 = sha256;
    this.size = size;
    this.mediaType = mediaType;
    this.name = name;
    this.uploadedAt = at;
  }

  public UUID id() {
    return id;
  }

  public EntryId entry() {
    return new EntryId(entryId);
  }

  public WorkerId owner() {
    return new WorkerId(workerId);
  }

  /** SHA-256 of the content, lower-case hex: its name in the store and in exports. */
  public String sha256() {
    return sha256;
  }

  public long size() {
    return size;
  }

  /** The type detected from the content when it was uploaded. */
  public String mediaType() {
    return mediaType;
  }

  /** The name the worker gave, cleaned of paths and control characters. */
  public String name() {
    return name;
  }

  public OffsetDateTime uploadedAt() {
    return uploadedAt;
  }
}
