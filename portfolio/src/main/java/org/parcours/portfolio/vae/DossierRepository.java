package org.parcours.portfolio.vae;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portfolio.worker.WorkerId;

/** Where dossiers are kept. Every read names the owner. */
public interface DossierRepository {

  /** The worker's dossiers, active first, most recently changed first. */
  List<Dossier> ofWorker(WorkerId owner);

  Optional<Dossier> find(WorkerId owner, UUID id);

  void add(Dossier dossier);

  void remove(Dossier dossier);
}
