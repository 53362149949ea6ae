package org.parcours.portfolio.training;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
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

/** A training the worker followed: a course, a licence, a certificate's preparation. */
@Entity
@Table(name = "training")
@DiscriminatorValue("TRAINING")
public class Training extends Entry {

  @Column(name = "title", nullable = false, length = TrainingDraft.TITLE_MAX)
  private String title;

  @Column(name = "organisation", length = TrainingDraft.ORGANISATION_MAX)
  private String organisation;

  @Column(name = "place", length = TrainingDraft.PLACE_MAX)
  private String place;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "hours")
  private Integer hours;

  @Column(name = "outcome", length = TrainingDraft.OUTCOME_MAX)
  private String outcome;

  @Column(name = "description", length = TrainingDraft.DESCRIPTION_MAX)
  private String description;

  protected Training() {}

  /** A new training from a draft the caller validated. */
  public static Training of(WorkerId owner, TrainingDraft validDraft, OffsetDateTime now) {
    return new Training(owner, validDraft, now);
  }

  Training(WorkerId owner, TrainingDraft draft, OffsetDateTime now) {
    super(owner, now);
    change(draft, now);
  }

  void change(TrainingDraft draft, OffsetDateTime now) {
    this.title = draft.title();
    this.organisation = draft.organisation();
    this.place = draft.place();
    this.startDate = draft.startDate();
    this.endDate = draft.endDate();
    this.hours = draft.hours();
    this.outcome = draft.outcome();
    this.description = draft.description();
    touched(now);
  }

  @Override
  public EntryKind kind() {
    return EntryKind.TRAINING;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String text() {
    return Stream.of(title, organisation, place, outcome, description)
        .filter(Objects::nonNull)
        .collect(Collectors.joining("\n"));
  }

  public Optional<String> organisation() {
    return Optional.ofNullable(organisation);
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

  public Optional<Integer> hours() {
    return Optional.ofNullable(hours);
  }

  public Optional<String> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }
}
