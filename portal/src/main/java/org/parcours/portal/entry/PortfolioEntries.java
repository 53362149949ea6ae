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
 * the page's language. Switching languages is a postback that reads the lists before the switch and
 * renders after it: the rows are laid out again when the language changed.
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
    followLanguage();
    if (experienceRows == null) {
      experienceRows =
          experiences.list(worker.id()).stream()
              .map(e -> new ExperienceRow(e, periods.text(e.startDate(), e.endDate()), files(e)))
              .toList();
    }
    return experienceRows;
  }

  public List<TrainingRow> getTrainings() {
    followLanguage();
    if (trainingRows == null) {
      trainingRows =
          trainings.list(worker.id()).stream()
              .map(t -> new TrainingRow(t, periods.text(t.startDate(), t.endDate()), files(t)))
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
                          f -> new EntryRow.File(f, FileSizes.text(f.size(), messages.locale())),
                          Collectors.toList())));
    }
    return filesByEntry.getOrDefault(entry.entryId(), List.of());
  }

  private void followLanguage() {
    Messages now = Feedback.messages();
    if (messages == null || !messages.locale().equals(now.locale())) {
      messages = now;
      periods = new Periods(now);
      filesByEntry = null;
      experienceRows = null;
      trainingRows = null;
    }
  }
}
