package org.parcours.portal.experience;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.experience.Activity;
import org.parcours.portfolio.experience.Experience;
import org.parcours.portfolio.experience.ExperienceDraft;
import org.parcours.portfolio.experience.ExperienceId;
import org.parcours.portfolio.experience.ExperienceService;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;

/**
 * The form of "Mon portfolio" that adds an experience or changes one; the page's lists are {@link
 * org.parcours.portal.entry.PortfolioEntries}.
 */
@Named
@ViewScoped
public class ExperiencesPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "experience";

  @Inject ExperienceService service;
  @Inject SignedInWorker worker;

  private String editingId;
  private String editingTitle;
  private String editParam;
  private Activity activity = Activity.PAID_JOB;
  private String title;
  private String employer;
  private String place;
  private String tasks;
  private LocalDate startDate;
  private LocalDate endDate;
  private String description;

  public String save() {
    ExperienceDraft draft =
        new ExperienceDraft(
            activity, title, employer, place, startDate, endDate, tasks, description);
    try {
      if (editingId == null) {
        service.record(worker.id(), draft);
        Feedback.flash("portfolio.experience.added", title);
      } else {
        service.change(worker.id(), id(editingId), draft);
        Feedback.flash("portfolio.experience.changed", title);
      }
    } catch (InvalidInputException e) {
      Feedback.show(FORM, e);
      return null;
    }
    return "/portfolio/index.xhtml?faces-redirect=true";
  }

  /** "Modifier" is a link ({@code ?edit=}), so the list carries no form per experience. */
  public void openEditing() {
    if (editParam != null) {
      edit(editParam);
    }
  }

  private void edit(String id) {
    Experience e = service.get(worker.id(), id(id));
    editingId = id;
    editingTitle = e.title();
    activity = e.activity();
    title = e.title();
    employer = e.employer().orElse(null);
    place = e.place().orElse(null);
    tasks = e.tasks().orElse(null);
    startDate = e.startDate();
    endDate = e.endDate().orElse(null);
    description = e.description().orElse(null);
  }

  public String cancel() {
    return "/portfolio/index.xhtml?faces-redirect=true";
  }

  /** Deletes the experience being edited: deleting is offered there, one experience at a time. */
  public String deleteEditing() {
    service.delete(worker.id(), id(editingId));
    Feedback.flash("portfolio.experience.deleted", editingTitle);
    return "/portfolio/index.xhtml?faces-redirect=true";
  }

  /** The kinds of experience, in the order the form offers them. */
  public Activity[] getActivities() {
    return Activity.values();
  }

  public boolean isEditing() {
    return editingId != null;
  }

  private static ExperienceId id(String text) {
    return ExperienceId.parse(text).orElseThrow(() -> new NotFoundException("experience"));
  }

  public String getEditingTitle() {
    return editingTitle;
  }

  public String getEditParam() {
    return editParam;
  }

  public void setEditParam(String editParam) {
    this.editParam = editParam;
  }

  public Activity getActivity() {
    return activity;
  }

  public void setActivity(Activity activity) {
    this.activity = activity;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getTasks() {
    return tasks;
  }

  public void setTasks(String tasks) {
    this.tasks = tasks;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getEmployer() {
    return employer;
  }

  public void setEmployer(String employer) {
    this.employer = employer;
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

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
