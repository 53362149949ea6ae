package org.parcours.portal.entry;

import java.util.List;
import org.parcours.portfolio.experience.Experience;

/** An experience as "Mon portfolio" lists it; an optional text the worker left out is null. */
public final class ExperienceRow extends EntryRow {

  private final String activityKey;
  private final String employer;
  private final String place;
  private final String period;
  private final String tasks;
  private final String description;

  ExperienceRow(Experience experience, String period, List<File> files) {
    super(experience, files);
    this.activityKey = "activity." + experience.activity().name();
    this.employer = experience.employer().orElse(null);
    this.place = experience.place().orElse(null);
    this.period = period;
    this.tasks = experience.tasks().orElse(null);
    this.description = experience.description().orElse(null);
  }

  /** The message key of the kind of activity, so that the page shows it in its language. */
  public String getActivityKey() {
    return activityKey;
  }

  public String getEmployer() {
    return employer;
  }

  public String getPlace() {
    return place;
  }

  /** "du 1 mars 2019 au 30 juin 2023", or "depuis le 1 mars 2019" while it goes on. */
  public String getPeriod() {
    return period;
  }

  public String getTasks() {
    return tasks;
  }

  public String getDescription() {
    return description;
  }
}
