package org.parcours.portal.vae.pdf;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One experience in the dossier.
 *
 * @param title the job or activity title
 * @param organisation the employer or organisation, or {@code null}
 * @param from the first day, or {@code null} when unknown
 * @param to the last day, or {@code null} while ongoing
 * @param description what the worker did, or {@code null}
 */
public record ExperienceLine(
    String title, String organisation, LocalDate from, LocalDate to, String description) {

  public ExperienceLine {
    requireNonNull(title, "title");
  }
}
