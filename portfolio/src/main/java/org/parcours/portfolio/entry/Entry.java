package org.parcours.portfolio.entry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.parcours.portfolio.skill.SkillTag;
import org.parcours.portfolio.worker.WorkerId;

/**
 * One item of a worker's portfolio, whatever its kind. Evidence files, skills and share grants
 * point at entries, so each of them works the same way for experiences, trainings and credentials.
 */
@Entity
@Table(name = "portfolio_entry")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind", length = 20)
public abstract class Entry {

  @Id private UUID id;

  @Column(name = "worker_id", nullable = false, updatable = false)
  private UUID workerId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ElementCollection
  @CollectionTable(name = "entry_skill", joinColumns = @JoinColumn(name = "entry_id"))
  private Set<SkillTag> skills = new HashSet<>();

  protected Entry() {}

  protected Entry(WorkerId owner, OffsetDateTime now) {
    this.id = UUID.randomUUID();
    this.workerId = Objects.requireNonNull(owner, "owner").value();
    this.createdAt = now;
    this.updatedAt = now;
  }

  public EntryId entryId() {
    return new EntryId(id);
  }

  protected UUID uuid() {
    return id;
  }

  public WorkerId owner() {
    return new WorkerId(workerId);
  }

  public abstract EntryKind kind();

  /** What the worker called it, for lists, grants and the access log. */
  public abstract String title();

  /** Every text the worker wrote in it, for searching the portfolio. */
  public abstract String text();

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

  /** The skills the worker tagged this entry with, by referential then label. */
  public List<SkillTag> skills() {
    return skills.stream().sorted(SkillTag.ORDER).toList();
  }

  /** Replaces the skills; the caller has checked them against the referentials. */
  public void retag(Collection<SkillTag> newSkills, OffsetDateTime now) {
    skills.clear();
    skills.addAll(newSkills);
    touched(now);
  }

  /** Keeps the dates an entry had where it came from, when a portfolio is imported. */
  public void restoreDates(OffsetDateTime created, OffsetDateTime updated) {
    this.createdAt = created;
    this.updatedAt = updated;
  }

  protected void touched(OffsetDateTime now) {
    this.updatedAt = now;
  }
}
