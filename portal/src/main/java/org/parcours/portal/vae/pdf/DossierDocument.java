package org.parcours.portal.vae.pdf;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Everything the exported VAE dossier shows, already chosen and ordered by the caller.
 *
 * @param locale French or English: the labels and the document's language (French otherwise)
 * @param candidateName the worker's name as it should appear
 * @param certificationNumber the RNCP number, e.g. {@code RNCP35185}
 * @param certificationTitle the certification's title, or {@code null} when unknown: the number is
 *     shown alone
 * @param certifiers the certifying bodies, possibly none
 * @param generatedAt when the export was made
 * @param zone the time zone of the dates shown, usually Europe/Paris
 * @param blocs the blocs de compétences the worker targets, in the order to show
 * @param experiences the experiences in the order to show
 * @param trainings the trainings in the order to show
 */
public record DossierDocument(
    Locale locale,
    String candidateName,
    String certificationNumber,
    String certificationTitle,
    List<String> certifiers,
    Instant generatedAt,
    ZoneId zone,
    List<BlocSection> blocs,
    List<ExperienceLine> experiences,
    List<TrainingLine> trainings) {

  public DossierDocument {
    requireNonNull(locale, "locale");
    requireNonNull(candidateName, "candidateName");
    requireNonNull(certificationNumber, "certificationNumber");
    requireNonNull(generatedAt, "generatedAt");
    requireNonNull(zone, "zone");
    certifiers = List.copyOf(certifiers);
    blocs = List.copyOf(blocs);
    experiences = List.copyOf(experiences);
    trainings = List.copyOf(trainings);
  }
}
