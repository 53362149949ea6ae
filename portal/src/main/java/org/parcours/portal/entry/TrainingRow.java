package org.parcours.portal.entry;

import java.util.List;
import org.parcours.portfolio.training.Training;

/** A training as "Mon portfolio" lists it; an optional text the worker left out is null. */
public final class TrainingRow extends EntryRow {

  private final String organisation;
  private final String period;
  private final String outcome;

  TrainingRow(Training training, String period, List<File> files) {
    super(training, files);
    this.organisation = training.organisation().orElse(null);
    this.period = period;
    this.outcome = training.outcome().orElse(null);
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getPeriod() {
    return period;
  }

  public String getOutcome() {
    return outcome;
  }
}
