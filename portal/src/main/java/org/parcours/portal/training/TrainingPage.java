package org.parcours.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.training.Training;
import org.parcours.portfolio.training.TrainingDraft;
import org.parcours.portfolio.training.TrainingService;

/** The form to add a training, or to change or delete one ({@code ?id=}). */
@Named
@ViewScoped
public class TrainingPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "training";
  private static final String BACK = "/portfolio/index.xhtml?faces-redirect=true";

  @Inject TrainingService service;
  @Inject SignedInWorker worker;

  private String id;
  private boolean loaded;
  private String title;
  private String organisation;
  private String place;
  private LocalDate startDate;
  private LocalDate endDate;
  private Integer hours;
  private String outcome;
  private String description;

  /** Fills the form from the stored training once, when the page opens with {@code ?id=}. */
  public void load() {
    if (loaded || id == null || id.isBlank()) {
      return;
    }
    Training t = service.get(worker.id(), entryId());
    title = t.title();
    organisation = t.organisation().orElse(null);
    place = t.place().orElse(null);
    startDate = t.startDate();
    endDate = t.endDate().orElse(null);
    hours = t.hours().orElse(null);
    outcome = t.outcome().orElse(null);
    description = t.description().orElse(null);
    loaded = true;
  }

  public String save() {
    TrainingDraft draft =
        new TrainingDraft(
            title, organisation, place, startDate, endDate, hours, outcome, description);
    try {
      if (isEditing()) {
        service.change(worker.id(), entryId(), draft);
        Feedback.flash("portfolio.training.changed", title);
      } else {
        service.record(worker.id(), draft);
        Feedback.flash("portfolio.training.added", title);
      }
    } catch (InvalidInputException e) {
      Feedback.show(FORM, e);
      return null;
    }
    return BACK;
  }

  public String delete() {
    service.delete(worker.id(), entryId());
    Feedback.flash("portfolio.training.deleted", title);
    return BACK;
  }

  public boolean isEditing() {
    return id != null && !id.isBlank();
  }

  private EntryId entryId() {
    return EntryId.parse(id).orElseThrow(() -> new NotFoundException("training"));
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public Integer getHours() {
    return hours;
  }

  public void setHours(Integer hours) {
    this.hours = hours;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
