package org.parcours.portal.vae.pdf;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One training in the dossier.
 *
 * @param title the training's title
 * @param organisation the training body, or {@code null}
 * @param from the first day, or {@code null} when unknown
 * @param to the last day, or {@code null} while ongoing or unknown
 * @param description what it covered, or {@code null}
 */
public record TrainingLine(
    String title, String organisation, LocalDate from, LocalDate to, String description) {

  public TrainingLine {
    requireNonNull(title, "title");
  }
}
