package org.parcours.portal.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryService;
import org.parcours.portfolio.entry.PortfolioFilter;
import org.parcours.portfolio.experience.Activity;
import org.parcours.portfolio.experience.ExperienceDraft;
import org.parcours.portfolio.experience.ExperienceService;
import org.parcours.portfolio.inbox.InboxService;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.skill.Referential;
import org.parcours.portfolio.skill.SkillRef;
import org.parcours.portfolio.skill.Skills;
import org.parcours.portfolio.training.TrainingDraft;
import org.parcours.portfolio.training.TrainingService;
import org.parcours.portfolio.vae.Assessment;
import org.parcours.portfolio.vae.Dossier;
import org.parcours.portfolio.vae.DossierService;
import org.parcours.portfolio.vae.LinkKind;
import org.parcours.portfolio.worker.WorkerId;
import org.parcours.portfolio.worker.WorkerService;

/**
 * With {@code parcours.demo=true} (set by {@code ./parcours run}), gives the demo worker Camille a
 * portfolio to look at on first start: a newcomer signs in and sees what Parcours is for. Camille's
 * subject is fixed in the local provider's realm (portal/src/dev/keycloak/parcours-realm.json).
 */
@ApplicationScoped
public class DemoPortfolios {

  static final String CAMILLE = "5b1f3c0e-8d2a-4c57-9e1b-0a7c2d9f4e11";
  static final String CAMILLE_EMAIL = "camille@demo.parcours.invalid";
  private static final Logger LOG = Logger.getLogger(DemoPortfolios.class.getName());

  @Inject
  @ConfigProperty(name = "parcours.demo", defaultValue = "false")
  boolean demo;

  @Inject WorkerService workers;
  @Inject ExperienceService experiences;
  @Inject TrainingService trainings;
  @Inject EntryService entries;
  @Inject Skills skills;
  @Inject DossierService dossiers;
  @Inject InboxService inbox;

  // After the schema migration, which observes the same event at the default priority (2500).
  void onStart(@Observes @Priority(3000) @Initialized(ApplicationScoped.class) Object started) {
    if (!demo) {
      return;
    }
    WorkerId camille = workers.signedIn(CAMILLE).id();
    // The address the local provider verifies for her: partners' demo pushes (docs/operations.md)
    // reach her even before her first sign-in.
    inbox.signedInWith(camille, Set.of(CAMILLE_EMAIL));
    if (!entries.list(camille, PortfolioFilter.ALL).isEmpty()) {
      return;
    }
    Entry careJob =
        experience(
            camille,
            new ExperienceDraft(
                Activity.PAID_JOB,
                "Aide-soignante",
                "EHPAD Les Tilleuls",
                "Lyon",
                LocalDate.of(2019, 3, 1),
                LocalDate.of(2023, 6, 30),
                "Soins d'hygiène et de confort\nAide aux repas\nTransmissions à l'équipe infirmière",
                "Accompagnement de douze résidents en unité protégée, de jour puis de nuit."),
            Referential.ROME,
            "realiser soins hygiene corporelle",
            "prevenir chutes personnes agees");
    experience(
        camille,
        new ExperienceDraft(
            Activity.VOLUNTEERING,
            "Bénévole à la distribution alimentaire",
            "Restos du Cœur",
            "Villeurbanne",
            LocalDate.of(2016, 11, 1),
            LocalDate.of(2019, 2, 28),
            "Accueil des familles\nGestion des stocks",
            null),
        null,
        "accueillir informer publics");
    experience(
        camille,
        new ExperienceDraft(
            Activity.INTERNSHIP,
            "Stage en service de gériatrie",
            "Hôpital des Charpennes",
            "Villeurbanne",
            LocalDate.of(2018, 5, 14),
            LocalDate.of(2018, 6, 22),
            null,
            "Stage de six semaines avant mon entrée en EHPAD."),
        Referential.ROME);
    Entry asg =
        trainings.record(
            camille,
            new TrainingDraft(
                "Assistant de soins en gérontologie",
                "IFSI de Lyon",
                "Lyon",
                LocalDate.of(2022, 1, 10),
                LocalDate.of(2022, 4, 29),
                140,
                "Attestation de formation",
                null));
    tag(camille, asg, Referential.ESCO, "s occuper personnes agees");
    Entry pix =
        trainings.record(
            camille,
            new TrainingDraft(
                "Préparation à la certification Pix",
                "Médiathèque de la Part-Dieu",
                "Lyon",
                LocalDate.of(2021, 10, 4),
                LocalDate.of(2021, 11, 22),
                12,
                "Certification Pix, 312 pix",
                null));
    tag(camille, pix, Referential.PIX, "securiser environnement", "mener recherche veille");
    dossier(camille, careJob, asg);
    LOG.info("Demo portfolio of Camille created (parcours.demo=true)");
  }

  // A VAE towards the Diplôme d'État d'aide-soignant, started on its first bloc.
  private void dossier(WorkerId owner, Entry careJob, Entry asg) {
    Dossier dossier;
    try {
      dossier = dossiers.open(owner, "RNCP35830");
    } catch (InvalidInputException e) {
      LOG.warning("No demo dossier: RNCP35830 is not in the RNCP files of the data folder");
      return;
    }
    String first = dossier.blocs().get(0).code();
    dossiers.link(owner, dossier.id(), first, LinkKind.ENTRY, careJob.entryId().toString());
    dossiers.link(owner, dossier.id(), first, LinkKind.ENTRY, asg.entryId().toString());
    dossiers.write(
        owner,
        dossier.id(),
        first,
        "En EHPAD, j'ai accompagné chaque jour douze résidents en unité protégée : toilette,"
            + " habillage, repas, mobilisation, en respectant leurs habitudes et leur rythme.");
    dossiers.assess(owner, dossier.id(), first, 0, Assessment.ACQUIRED);
  }

  private Entry experience(
      WorkerId owner, ExperienceDraft draft, Referential referential, String... skillWords) {
    Entry recorded = experiences.record(owner, draft);
    tag(owner, recorded, referential, skillWords);
    return recorded;
  }

  // Skills are looked up by words (in one referential, or all when null), so the demo never names
  // a stale code.
  private void tag(WorkerId owner, Entry entry, Referential referential, String... skillWords) {
    Set<Referential> among = referential == null ? Set.of() : Set.of(referential);
    List<SkillRef> refs =
        Arrays.stream(skillWords)
            .flatMap(w -> skills.search(w, among, 1).stream())
            .map(s -> new SkillRef(s.referential(), s.code()))
            .distinct()
            .toList();
    if (!refs.isEmpty()) {
      entries.retag(owner, entry.entryId(), refs);
    }
  }
}
