package org.parcours.portal.vae.pdf;

/** The dossier could not be rendered or written; the message says which dossier and why. */
public final class DossierPdfException extends RuntimeException {

  DossierPdfException(String message, Throwable cause) {
    super(message, cause);
  }
}
