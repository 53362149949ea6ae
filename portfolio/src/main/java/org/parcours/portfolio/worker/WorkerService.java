package org.parcours.portfolio.worker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Knows who is signed in as a worker. */
@ApplicationScoped
public class WorkerService {

  private static final int MAX_SUBJECT_LENGTH = 255;

  private WorkerRepository workers;
  private Clock clock;

  protected WorkerService() {}

  @Inject
  public WorkerService(WorkerRepository workers, Clock clock) {
    this.workers = workers;
    this.clock = clock;
  }

  /**
   * The worker signed in under this subject, created on their first sign-in.
   *
   * @param subject the identity provider's {@code sub} claim
   */
  public Worker signedIn(String subject) {
    if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
      throw new IllegalArgumentException("a signed-in subject is 1 to 255 characters");
    }
    return workers
        .findBySubject(subject)
        .orElseGet(() -> workers.addIfAbsent(new Worker(subject, OffsetDateTime.now(clock))));
  }
}
