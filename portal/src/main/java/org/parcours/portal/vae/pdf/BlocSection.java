package org.parcours.portal.vae.pdf;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One targeted bloc de compétences and what the worker brings for it.
 *
 * @param code the bloc's code in the RNCP file, e.g. {@code RNCP35185BC01}
 * @param label the bloc's title
 * @param narrative the worker's account of their activities for this bloc, or {@code null} when not
 *     written yet; blank lines separate paragraphs
 * @param competences the bloc's competences with the worker's self-assessment
 * @param evidence the pieces of evidence the worker attached to this bloc
 */
public record BlocSection(
    String code,
    String label,
    String narrative,
    List<CompetenceLine> competences,
    List<EvidenceLine> evidence) {

  public BlocSection {
    requireNonNull(code, "code");
    requireNonNull(label, "label");
    competences = List.copyOf(competences);
    evidence = List.copyOf(evidence);
  }
}
