package org.parcours.portfolio.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import org.parcours.portfolio.worker.WorkerId;

/**
 * Failed consent codes, counted in a transaction of their own: the refusal that follows rolls the
 * caller's transaction back, and the count must survive it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ConsentAttempts {

  private SharingRepository store;

  protected ConsentAttempts() {}

  @Inject
  public ConsentAttempts(SharingRepository store) {
    this.store = store;
  }

  void failed(WorkerId worker, OffsetDateTime at) {
    store.add(new ConsentAttempt(worker, at));
  }
}
