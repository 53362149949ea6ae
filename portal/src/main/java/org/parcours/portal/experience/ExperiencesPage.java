package org.parcours.portal.experience;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.parcours.portal.i18n.Messages;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portfolio.experience.Experience;
import org.parcours.portfolio.experience.ExperienceDraft;
import org.parcours.portfolio.experience.ExperienceId;
import org.parcours.portfolio.experience.ExperienceService;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.shared.Violation;

/** "Mon portfolio": the worker's experiences, and the form to add or change one. */
@Named
@ViewScoped
public class ExperiencesPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "experience";

  @Inject ExperienceService service;
  @Inject SignedInWorker worker;

  private String editingId;
  private String title;
  private String employer;
  private LocalDate startDate;
  private LocalDate endDate;
  private String description;
  private transient List<Experience> experiences;

  public List<Experience> getExperiences() {
    if (experiences == null) {
      experiences = service.list(worker.id());
    }
    return experiences;
  }

  public String save() {
    ExperienceDraft draft = ExperienceDraft.of(title, employer, startDate, endDate, description);
    try {
      if (editingId == null) {
        service.record(worker.id(), draft);
        flash("portfolio.experience.added", title);
      } else {
        service.change(worker.id(), id(editingId), draft);
        flash("portfolio.experience.changed", title);
      }
    } catch (InvalidInputException e) {
      Messages messages = messages();
      FacesContext context = FacesContext.getCurrentInstance();
      for (Violation v : e.violations()) {
        String text = messages.get("violation." + v.rule());
        String clientId = FORM + ":" + v.field();
        if (context.getViewRoot().findComponent(clientId) instanceof UIInput input) {
          input.setValid(false);
        }
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      }
      context.validationFailed();
      return null;
    }
    return "/portfolio/index.xhtml?faces-redirect=true";
  }

  public void edit(String id) {
    Experience e = service.get(worker.id(), id(id));
    editingId = id;
    title = e.title();
    employer = e.employer().orElse(null);
    startDate = e.startDate();
    endDate = e.endDate().orElse(null);
    description = e.description().orElse(null);
  }

  public String cancel() {
    return "/portfolio/index.xhtml?faces-redirect=true";
  }

  public String delete(String id, String deletedTitle) {
    service.delete(worker.id(), id(id));
    flash("portfolio.experience.deleted", deletedTitle);
    return "/portfolio/index.xhtml?faces-redirect=true";
  }

  /** "mars 2019 – juin 2023", or "depuis mars 2019" while it goes on. */
  public String period(Experience e) {
    Messages messages = messages();
    DateTimeFormatter format =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
    String start = format.format(e.startDate());
    return e.endDate()
        .map(end -> messages.get("portfolio.experience.period", start, format.format(end)))
        .orElseGet(() -> messages.get("portfolio.experience.since", start));
  }

  public boolean isEditing() {
    return editingId != null;
  }

  private static ExperienceId id(String text) {
    return ExperienceId.parse(text).orElseThrow(() -> new NotFoundException("experience"));
  }

  private static Messages messages() {
    return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  private static void flash(String key, String argument) {
    FacesContext context = FacesContext.getCurrentInstance();
    String text = messages().get(key, argument);
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    context.getExternalContext().getFlash().setKeepMessages(true);
  }

  public String getEditingId() {
    return editingId;
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
