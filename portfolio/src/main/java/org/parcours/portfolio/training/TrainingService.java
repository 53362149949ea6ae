package org.parcours.portfolio.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.worker.WorkerId;

/** A worker records, reads, changes and deletes their own trainings, and only theirs. */
@ApplicationScoped
@Transactional
public class TrainingService {

  private TrainingRepository trainings;
  private Clock clock;

  protected TrainingService() {}

  @Inject
  public TrainingService(TrainingRepository trainings, Clock clock) {
    this.trainings = trainings;
    this.clock = clock;
  }

  // One read-only query for the portfolio page, its most frequent use: a transaction around it
  // would only add its begin and commit.
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Training> list(WorkerId owner) {
    return trainings.listOf(owner);
  }

  public Training get(WorkerId owner, EntryId id) {
    return trainings.find(owner, id).orElseThrow(() -> new NotFoundException("training"));
  }

  public Training record(WorkerId owner, TrainingDraft draft) {
    TrainingDraft valid = draft.validated(LocalDate.now(clock));
    Training training = new Training(owner, valid, OffsetDateTime.now(clock));
    trainings.add(training);
    return training;
  }

  public Training change(WorkerId owner, EntryId id, TrainingDraft draft) {
    TrainingDraft valid = draft.validated(LocalDate.now(clock));
    Training training = get(owner, id);
    training.change(valid, OffsetDateTime.now(clock));
    return training;
  }

  public void delete(WorkerId owner, EntryId id) {
    trainings.remove(get(owner, id));
  }
}
