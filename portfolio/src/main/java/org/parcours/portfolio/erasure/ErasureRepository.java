package org.parcours.portfolio.erasure;

import java.time.OffsetDateTime;
import org.parcours.portfolio.worker.WorkerId;

/** Where erasures happen in storage. */
public interface ErasureRepository {

  /** Deletes the worker row; the schema's cascades take every row that belongs to them. */
  void deleteWorker(WorkerId worker);

  /** Keeps the anonymous trace of an erasure. */
  void recordErasure(OffsetDateTime at);

  /** How many erasures happened: all that the records can say. */
  long erasures();
}
