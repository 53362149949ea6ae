package org.parcours.portfolio.archive;

import java.util.UUID;
import org.parcours.portfolio.worker.WorkerId;

/**
 * Brings a credential of an imported archive back into the portfolio: read and verified again by
 * the connectors, never trusted from the archive. Called in the import's transaction, so a
 * credential that no connector reads refuses the whole import.
 */
@FunctionalInterface
public interface CredentialRestorer {

  /**
   * Restores one credential.
   *
   * @param owner the worker importing the archive
   * @param original the credential exactly as it was exported
   * @return the credential's id in the owner's portfolio, for the dossier links that name it
   * @throws org.parcours.portfolio.shared.InvalidInputException when it cannot be read
   */
  UUID restore(WorkerId owner, byte[] original);
}
