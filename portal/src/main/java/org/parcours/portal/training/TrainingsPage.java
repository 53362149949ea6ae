package org.parcours.portal.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Feedback;
import org.parcours.portal.web.Periods;
import org.parcours.portfolio.training.Training;
import org.parcours.portfolio.training.TrainingService;

/** The trainings listed on "Mon portfolio". */
@Named
@RequestScoped
public class TrainingsPage {

  @Inject TrainingService service;
  @Inject SignedInWorker worker;

  private List<Training> trainings;

  public List<Training> getTrainings() {
    if (trainings == null) {
      trainings = service.list(worker.id());
    }
    return trainings;
  }

  public String period(Training t) {
    return Periods.text(t.startDate(), t.endDate(), Feedback.messages());
  }
}
