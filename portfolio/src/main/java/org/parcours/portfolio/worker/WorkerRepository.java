package org.parcours.portfolio.worker;

import java.util.Optional;

/** Where workers are kept. */
public interface WorkerRepository {

  Optional<Worker> findBySubject(String subject);

  Optional<Worker> findById(WorkerId id);

  /**
   * Stores a new worker.
   *
   * @return the stored worker, or the one another request stored first for the same subject
   */
  Worker addIfAbsent(Worker worker);
}
