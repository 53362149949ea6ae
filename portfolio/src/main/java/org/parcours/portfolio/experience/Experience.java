package org.parcours.portfolio.experience;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portfolio.worker.WorkerId;

/** Something a worker did, where and when, in their own words. */
@Entity
@Table(name = "experience")
public class Experience {

  @Id private UUID id;

  @Column(name = "worker_id", nullable = false, updatable = false)
  private UUID workerId;

  @Column(name = "title", nullable = false, length = ExperienceDraft.TITLE_MAX)
  private String title;

  @Column(name = "employer", length = ExperienceDraft.EMPLOYER_MAX)
  private String employer;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "description", length = ExperienceDraft.DESCRIPTION_MAX)
  private String description;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Experience() {}

  /** Records a new experience from a validated draft. */
  Experience(WorkerId owner, ExperienceDraft draft, OffsetDateTime now) {
    this.id = UUID.randomUUID();
    this.workerId = Objects.requireNonNull(owner, "owner").value();
    this.createdAt = now;
    change(draft, now);
  }

  /** Replaces what the worker wrote with a validated draft. */
  void change(ExperienceDraft draft, OffsetDateTime now) {
    this.title = draft.title();
    this.employer = draft.employer();
    this.startDate = draft.startDate();
    this.endDate = draft.endDate();
    this.description = draft.description();
    this.updatedAt = now;
  }

  public ExperienceId id() {
    return new ExperienceId(id);
  }

  public WorkerId owner() {
    return new WorkerId(workerId);
  }

  public String title() {
    return title;
  }

  public Optional<String> employer() {
    return Optional.ofNullable(employer);
  }

  public LocalDate startDate() {
    return startDate;
  }

  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(endDate);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  /** Grows by one at each change; lets a client refuse to overwrite a change it has not seen. */
  public long version() {
    return version;
  }

  /** Still going on: no end date. */
  public boolean ongoing() {
    return endDate == null;
  }
}
