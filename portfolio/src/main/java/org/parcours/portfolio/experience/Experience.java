package org.parcours.portfolio.experience;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryKind;
import org.parcours.portfolio.worker.WorkerId;

/** Something a worker did, where and when, in their own words. */
@Entity
@Table(name = "experience")
@DiscriminatorValue("EXPERIENCE")
public class Experience extends Entry {

  @Enumerated(EnumType.STRING)
  @Column(name = "activity", nullable = false, length = 20)
  private Activity activity;

  @Column(name = "title", nullable = false, length = ExperienceDraft.TITLE_MAX)
  private String title;

  @Column(name = "employer", length = ExperienceDraft.EMPLOYER_MAX)
  private String employer;

  @Column(name = "place", length = ExperienceDraft.PLACE_MAX)
  private String place;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "tasks", length = ExperienceDraft.TASKS_MAX)
  private String tasks;

  @Column(name = "description", length = ExperienceDraft.DESCRIPTION_MAX)
  private String description;

  protected Experience() {}

  /** A new experience from a draft the caller validated. */
  public static Experience of(WorkerId owner, ExperienceDraft validDraft, OffsetDateTime now) {
    return new Experience(owner, validDraft, now);
  }

  Experience(WorkerId owner, ExperienceDraft draft, OffsetDateTime now) {
    super(owner, now);
    change(draft, now);
  }

  /** Replaces what the worker wrote with a validated draft. */
  void change(ExperienceDraft draft, OffsetDateTime now) {
    this.activity = draft.activity();
    this.title = draft.title();
    this.employer = draft.employer();
    this.place = draft.place();
    this.startDate = draft.startDate();
    this.endDate = draft.endDate();
    this.tasks = draft.tasks();
    this.description = draft.description();
    touched(now);
  }

  public ExperienceId id() {
    return new ExperienceId(uuid());
  }

  @Override
  public EntryKind kind() {
    return EntryKind.EXPERIENCE;
  }

  public Activity activity() {
    return activity;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String text() {
    return Stream.of(title, employer, place, tasks, description)
        .filter(Objects::nonNull)
        .collect(Collectors.joining("\n"));
  }

  public Optional<String> employer() {
    return Optional.ofNullable(employer);
  }

  public Optional<String> place() {
    return Optional.ofNullable(place);
  }

  public LocalDate startDate() {
    return startDate;
  }

  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(endDate);
  }

  public Optional<String> tasks() {
    return Optional.ofNullable(tasks);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** Still going on: no end date. */
  public boolean ongoing() {
    return endDate == null;
  }
}
