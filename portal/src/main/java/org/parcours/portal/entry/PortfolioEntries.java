package org.parcours.portal.entry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parcours.portal.evidence.FileSizes;
import org.parcours.portal.i18n.Messages;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Feedback;
import org.parcours.portal.web.Periods;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.evidence.EvidenceService;
import org.parcours.portfolio.experience.ExperienceService;
import org.parcours.portfolio.training.TrainingService;

/**
 * The experiences and trainings of "Mon portfolio", each list read once per request and laid out in
 * the page's language. Request-scoped rather than kept with the form's view: switching languages
 * re-renders the same view, and its periods and sizes must follow.
 */
@Named
@RequestScoped
public class PortfolioEntries {

  @Inject ExperienceService experiences;
  @Inject TrainingService trainings;
  @Inject EvidenceService evidence;
  @Inject SignedInWorker worker;

  private Messages messages;
  private Periods periods;
  private Map<EntryId, List<EntryRow.File>> filesByEntry;
  private List<ExperienceRow> experienceRows;
  private List<TrainingRow> trainingRows;

  public List<ExperienceRow> getExperiences() {
    if (experienceRows == null) {
      experienceRows =
          experiences.list(worker.id()).stream()
              .map(e -> new ExperienceRow(e, periods().text(e.startDate(), e.endDate()), files(e)))
              .toList();
    }
    return experienceRows;
  }

  public List<TrainingRow> getTrainings() {
    if (trainingRows == null) {
      trainingRows =
          trainings.list(worker.id()).stream()
              .map(t -> new TrainingRow(t, periods().text(t.startDate(), t.endDate()), files(t)))
              .toList();
    }
    return trainingRows;
  }

  /** One query for the whole page, not one per entry. */
  private List<EntryRow.File> files(Entry entry) {
    if (filesByEntry == null) {
      filesByEntry =
          evidence.ofWorker(worker.id()).stream()
              .collect(
                  Collectors.groupingBy(
                      EvidenceFile::entry,
                      Collectors.mapping(
                          f -> new EntryRow.File(f, FileSizes.text(f.size(), messages().locale())),
                          Collectors.toList())));
    }
    return filesByEntry.getOrDefault(entry.entryId(), List.of());
  }

  private Periods periods() {
    if (periods == null) {
      periods = new Periods(messages());
    }
    return periods;
  }

  private Messages messages() {
    if (messages == null) {
      messages = Feedback.messages();
    }
    return messages;
  }
}
