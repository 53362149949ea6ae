package org.parcours.portfolio.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.parcours.portfolio.worker.WorkerId;

/**
 * "Supprimer mon compte": every row of the worker goes at once (the schema cascades from the worker
 * row to entries, skills, files, grants and links), then observers of {@link WorkerErased} remove
 * what lives outside the database. Only an anonymous record that an erasure happened remains.
 */
@ApplicationScoped
public class ErasureService {

  private ErasureRepository storage;
  private Event<WorkerErased> erased;
  private Clock clock;

  protected ErasureService() {}

  @Inject
  public ErasureService(ErasureRepository storage, Event<WorkerErased> erased, Clock clock) {
    this.storage = storage;
    this.erased = erased;
    this.clock = clock;
  }

  @Transactional
  public void erase(WorkerId worker) {
    storage.deleteWorker(worker);
    storage.recordErasure(OffsetDateTime.now(clock));
    // Observers act after the commit (TransactionPhase.AFTER_SUCCESS): a rollback keeps files.
    erased.fire(new WorkerErased(worker));
  }
}
