package org.parcours.portal.vae;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parcours.portal.vae.pdf.BlocSection;
import org.parcours.portal.vae.pdf.CompetenceLine;
import org.parcours.portal.vae.pdf.DossierDocument;
import org.parcours.portal.vae.pdf.DossierPdf;
import org.parcours.portal.vae.pdf.EvidenceLine;
import org.parcours.portal.vae.pdf.ExperienceLine;
import org.parcours.portal.vae.pdf.TrainingLine;
import org.parcours.portfolio.certification.Certification;
import org.parcours.portfolio.certification.Certifications;
import org.parcours.portfolio.credential.Credential;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.experience.Experience;
import org.parcours.portfolio.training.Training;
import org.parcours.portfolio.vae.Dossier;
import org.parcours.portfolio.vae.DossierBloc;
import org.parcours.portfolio.vae.DossierLink;
import org.parcours.portfolio.vae.DossierService;
import org.parcours.portfolio.vae.DossierService.Portfolio;
import org.parcours.portfolio.vae.LinkKind;
import org.parcours.portfolio.worker.WorkerId;

/**
 * A dossier as the accessible PDF of the feasibility file: the worker's words and self-assessment
 * per bloc, each piece of evidence marked verified or declared, and the experiences and trainings
 * the dossier draws on.
 */
@ApplicationScoped
public class DossierExport {

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
  private static final Logger LOG = Logger.getLogger(DossierExport.class.getName());
  private final DossierPdf pdf = new DossierPdf();

  @Inject DossierService dossiers;
  @Inject Certifications certifications;
  @Inject Clock clock;

  // The first PDF pays for class loading and JIT (1.3 s on an idle machine, over 2 s on a busy
  // one, measured with DossierPdfBench): pay it at start, off the start-up path.
  void warmUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Thread.ofVirtual()
        .name("pdf-warm-up")
        .start(() -> {
          try {
            pdf.write(SAMPLE, OutputStream.nullOutputStream());
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The PDF warm-up failed; the first export will be slower", e);
          }
        });
  }

  private static final DossierDocument SAMPLE =
      new DossierDocument(
          Locale.FRENCH,
          "Échauffement",
          "RNCP0",
          null,
          List.of(),
          Instant.EPOCH,
          FRANCE,
          List.of(
              new BlocSection(
                  "RNCP0BC01",
                  "Bloc",
                  "Récit.",
                  List.of(new CompetenceLine("Compétence", CompetenceLine.Assessment.ACQUIRED)),
                  List.of(new EvidenceLine(EvidenceLine.Kind.CREDENTIAL, "Preuve", null, true)))),
          List.of(new ExperienceLine("Expérience", null, LocalDate.EPOCH, null, null)),
          List.of());

  /** Writes the PDF of one of the worker's dossiers; another's id is not found. */
  public void write(
      WorkerId owner, UUID dossierId, String candidateName, Locale locale, OutputStream out) {
    pdf.write(document(dossiers.evidence(owner, dossierId), candidateName, locale), out);
  }

  DossierDocument document(DossierService.Evidence read, String candidateName, Locale locale) {
    Dossier dossier = read.dossier();
    Portfolio portfolio = read.portfolio();
    Map<String, Entry> entries =
        portfolio.entries().stream()
            .collect(Collectors.toMap(e -> e.entryId().toString(), Function.identity()));
    Map<String, Credential> credentials =
        portfolio.credentials().stream()
            .collect(Collectors.toMap(c -> c.id().toString(), Function.identity()));
    List<BlocSection> blocs = new ArrayList<>();
    for (DossierBloc bloc : dossier.blocs()) {
      List<EvidenceLine> evidence = new ArrayList<>();
      for (DossierLink link : bloc.links()) {
        line(link, portfolio, entries, credentials).ifPresent(evidence::add);
      }
      blocs.add(
          new BlocSection(
              bloc.code(),
              bloc.label(),
              bloc.narrative().orElse(null),
              bloc.competences().stream()
                  .map(c ->
                      new CompetenceLine(
                          c.label(),
                          c.assessment()
                              .map(a -> CompetenceLine.Assessment.valueOf(a.name()))
                              .orElse(null)))
                  .toList(),
              evidence));
    }
    Set<String> linked = dossier.linkedEntries();
    List<ExperienceLine> experiences = new ArrayList<>();
    List<TrainingLine> trainings = new ArrayList<>();
    for (Entry entry : portfolio.entries()) {
      if (!linked.contains(entry.entryId().toString())) {
        continue;
      }
      if (entry instanceof Experience e) {
        experiences.add(
            new ExperienceLine(
                e.title(),
                e.employer().orElse(null),
                e.startDate(),
                e.endDate().orElse(null),
                e.description().orElse(null)));
      } else if (entry instanceof Training t) {
        trainings.add(
            new TrainingLine(
                t.title(),
                t.organisation().orElse(null),
                t.startDate(),
                t.endDate().orElse(null),
                t.description().orElse(null)));
      }
    }
    Optional<Certification> certification = certifications.byNumber(dossier.certification());
    return new DossierDocument(
        locale,
        candidateName == null || candidateName.isBlank() ? "—" : candidateName,
        dossier.certification(),
        certification.map(Certification::title).orElse(null),
        certification.map(Certification::certifiers).orElse(List.of()),
        clock.instant(),
        FRANCE,
        blocs,
        experiences,
        trainings);
  }

  private static Optional<EvidenceLine> line(
      DossierLink link,
      Portfolio portfolio,
      Map<String, Entry> entries,
      Map<String, Credential> credentials) {
    Portfolio.State state = portfolio.state(link);
    if (state == Portfolio.State.GONE) {
      return Optional.empty();
    }
    String title = portfolio.title(link).orElse(link.target());
    boolean verified = state == Portfolio.State.VERIFIED;
    EvidenceLine.Kind kind =
        switch (link.kind()) {
          case ENTRY ->
              entries.get(link.target()) instanceof Training
                  ? EvidenceLine.Kind.TRAINING
                  : EvidenceLine.Kind.EXPERIENCE;
          case FILE -> EvidenceLine.Kind.FILE;
          case CREDENTIAL -> EvidenceLine.Kind.CREDENTIAL;
          case SKILL -> EvidenceLine.Kind.SKILL;
        };
    String detail =
        link.kind() == LinkKind.CREDENTIAL
            ? Optional.ofNullable(credentials.get(link.target()))
                .map(c -> c.issuer().name())
                .orElse(null)
            : null;
    return Optional.of(new EvidenceLine(kind, title, detail, verified));
  }
}
