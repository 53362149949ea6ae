package org.parcours.portal.vae.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parcours.portal.vae.pdf.CompetenceLine.Assessment;
import org.parcours.portal.vae.pdf.EvidenceLine.Kind;

/** Dossiers for the tests and the benchmark: one worker's small dossier, and a large one. */
final class SampleDossiers {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Instant GENERATED = Instant.parse("2026-11-30T09:15:00Z");
  static final String NARRATIVE =
      "J’ai élaboré chaque mois les bulletins de paie de 45 salariés ; le cœur de mon travail : "
          + "le contrôle des cotisations et des œuvres sociales.\n\n"
          + "En 2023, j’ai repris seule la déclaration sociale nominative pendant l’absence de "
          + "ma responsable.";

  private static final List<String> SENTENCES =
      List.of(
          "J’ai préparé les éléments variables de paie à partir des relevés d’heures et des "
              + "absences transmis par les chefs d’équipe.",
          "Chaque mois, j’ai contrôlé la cohérence des cotisations sociales avec les taux en "
              + "vigueur et corrigé les écarts avant la clôture.",
          "J’ai répondu aux questions des salariés sur leur bulletin, leurs congés et leurs "
              + "indemnités, à l’oral comme par écrit.",
          "Lors du passage au prélèvement à la source, j’ai formé deux collègues et rédigé une "
              + "procédure que l’équipe utilise encore.",
          "J’ai tenu à jour les dossiers du personnel et suivi les visites médicales, les "
              + "entrées et les sorties, en lien avec la direction.",
          "Pour la clôture annuelle, j’ai rapproché la paie et la comptabilité et préparé les "
              + "éléments demandés par l’expert-comptable.");

  private SampleDossiers() {}

  /** Camille's dossier: two blocs, a few lines each, accents everywhere. */
  static DossierDocument camille() {
    return new DossierDocument(
        Locale.FRENCH,
        "Camille Lefèvre",
        "RNCP35185",
        "Titre professionnel Gestionnaire de paie",
        List.of("Ministère du Travail, du Plein emploi et de l’Insertion"),
        GENERATED,
        PARIS,
        List.of(
            new BlocSection(
                "RNCP35185BC01",
                "Assurer la tenue et le suivi du dossier social de l’entreprise",
                NARRATIVE,
                List.of(
                    new CompetenceLine(
                        "Analyser et assurer la gestion des informations liées "
                            + "aux relations de travail",
                        Assessment.ACQUIRED),
                    new CompetenceLine(
                        "Collecter les informations et traiter les événements "
                            + "liés au temps de travail du personnel",
                        Assessment.PARTLY),
                    new CompetenceLine(
                        "Assurer les relations avec le personnel et les " + "tiers", null)),
                List.of(
                    new EvidenceLine(
                        Kind.EXPERIENCE,
                        "Gestionnaire de paie, Transports Martin",
                        "mars 2019 – juin 2023",
                        false),
                    new EvidenceLine(
                        Kind.CREDENTIAL,
                        "Open Badge DSN avancée",
                        "délivré par l’Urssaf Académie, vérifié le 12 octobre 2026",
                        true),
                    new EvidenceLine(Kind.FILE, "Attestation employeur", "PDF, 2 pages", false))),
            new BlocSection(
                "RNCP35185BC02",
                "Assurer la production de la paie et élaborer les données de synthèse",
                null,
                List.of(
                    new CompetenceLine(
                        "Réaliser et contrôler les bulletins de salaire", Assessment.NOT_YET)),
                List.of())),
        List.of(
            new ExperienceLine(
                "Gestionnaire de paie",
                "Transports Martin",
                LocalDate.of(2019, 3, 1),
                LocalDate.of(2023, 6, 30),
                "Paie de 45 salariés.\nDéclarations sociales nominatives."),
            new ExperienceLine(
                "Assistante ressources humaines",
                "Hôpital Nord",
                LocalDate.of(2023, 9, 4),
                null,
                null)),
        List.of(
            new TrainingLine(
                "Actualité de la paie 2024",
                "Cnam",
                LocalDate.of(2024, 1, 15),
                LocalDate.of(2024, 1, 17),
                "Trois jours sur les réformes de l’année.")));
  }

  /**
   * A dossier of realistic size: {@code blocs} blocs of 4 competences and 8 pieces of evidence
   * (half verified), narratives of about 1,500 characters, 6 experiences and 3 trainings.
   */
  static DossierDocument large(int blocs) {
    List<BlocSection> sections = new ArrayList<>();
    Assessment[] assessments = {Assessment.ACQUIRED, Assessment.PARTLY, Assessment.NOT_YET, null};
    Kind[] kinds = Kind.values();
    for (int b = 1; b <= blocs; b++) {
      List<CompetenceLine> competences = new ArrayList<>();
      for (int c = 1; c <= 4; c++) {
        competences.add(
            new CompetenceLine(
                "Compétence "
                    + b
                    + "."
                    + c
                    + " : mettre en œuvre les procédures de paie et en "
                    + "contrôler la conformité",
                assessments[(b + c) % assessments.length]));
      }
      List<EvidenceLine> evidence = new ArrayList<>();
      for (int e = 1; e <= 8; e++) {
        evidence.add(
            new EvidenceLine(
                kinds[(b + e) % kinds.length],
                "Justificatif " + b + "." + e + " : attestation de l’employeur",
                e % 3 == 0 ? null : "du 1 mars 2019 au 30 juin 2023, PDF",
                e % 2 == 0));
      }
      sections.add(
          new BlocSection(
              String.format(Locale.ROOT, "RNCP35185BC%02d", b),
              "Bloc " + b + " : assurer la gestion des activités de paie et d’administration",
              narrative(b, 1_500),
              competences,
              evidence));
    }
    List<ExperienceLine> experiences = new ArrayList<>();
    for (int x = 1; x <= 6; x++) {
      experiences.add(
          new ExperienceLine(
              "Gestionnaire de paie " + x,
              "Entreprise " + x,
              LocalDate.of(2010 + x, 1 + x, 1),
              x == 6 ? null : LocalDate.of(2011 + x, 1 + x, 28),
              narrative(x, 400)));
    }
    List<TrainingLine> trainings = new ArrayList<>();
    for (int t = 1; t <= 3; t++) {
      trainings.add(
          new TrainingLine(
              "Formation paie " + t,
              "Organisme " + t,
              LocalDate.of(2015 + t, 3, 1),
              LocalDate.of(2015 + t, 3, 5),
              narrative(t, 200)));
    }
    return new DossierDocument(
        Locale.FRENCH,
        "Camille Lefèvre",
        "RNCP35185",
        "Titre professionnel Gestionnaire de paie",
        List.of("Ministère du Travail", "Afpa"),
        GENERATED,
        PARIS,
        sections,
        experiences,
        trainings);
  }

  /** About {@code length} characters of plausible account, in paragraphs of three sentences. */
  static String narrative(int seed, int length) {
    StringBuilder text = new StringBuilder(length + 200);
    for (int i = 0; text.length() < length; i++) {
      if (i > 0) {
        text.append(i % 3 == 0 ? "\n\n" : " ");
      }
      text.append(SENTENCES.get((seed + i) % SENTENCES.size()));
    }
    return text.toString();
  }
}
