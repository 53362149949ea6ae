package org.parcours.portfolio.vae;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parcours.portfolio.certification.Bloc;
import org.parcours.portfolio.certification.Certification;
import org.parcours.portfolio.experience.Experience;
import org.parcours.portfolio.testing.Drafts;
import org.parcours.portfolio.vae.Coverage.BlocCoverage;
import org.parcours.portfolio.vae.Coverage.Gap;
import org.parcours.portfolio.vae.DossierService.Portfolio;
import org.parcours.portfolio.worker.WorkerId;

/** What a jury would count per bloc, and what the worker still has to do. */
class DossierCoverageTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.UTC);
  private final WorkerId owner = new WorkerId(UUID.randomUUID());
  private final Certification deas =
      new Certification(
          "RNCP35830",
          null,
          null,
          null,
          List.of("MINISTERE DE LA SANTE"),
          List.of(),
          List.of(
              new Bloc("RNCP35830BC01", "Accompagnement et soins", List.of("Soins", "Repas")),
              new Bloc("RNCP35830BC02", "Evaluation de l’état clinique", List.of("Observer"))));

  @Test
  void aNewDossierLacksEverythingOnEveryBloc() {
    Dossier dossier = new Dossier(owner, deas, NOW);
    Coverage coverage =
        DossierService.coverage(dossier, new Portfolio(List.of(), List.of(), List.of()));
    assertThat(coverage.blocs())
        .extracting(BlocCoverage::code)
        .containsExactly("RNCP35830BC01", "RNCP35830BC02");
    assertThat(coverage.blocs().get(0).gaps())
        .containsExactly(Gap.NO_EVIDENCE, Gap.NO_NARRATIVE, Gap.NOT_ASSESSED);
    assertThat(coverage.gaps()).hasSize(2);
  }

  @Test
  void declaredEvidenceCountsUntilItIsDeletedAndAssessmentsShowWhatIsToAcquire() {
    Dossier dossier = new Dossier(owner, deas, NOW);
    Experience job = Experience.of(owner, Drafts.aJob("Aide-soignante"), NOW);
    DossierBloc first = dossier.bloc("RNCP35830BC01").orElseThrow();
    first.link(new DossierLink(LinkKind.ENTRY, job.entryId().toString()));
    first.write("Douze résidents, de jour puis de nuit.");
    first.assess(0, Assessment.ACQUIRED);
    first.assess(1, Assessment.PARTLY);

    BlocCoverage kept =
        DossierService.coverage(dossier, new Portfolio(List.of(job), List.of(), List.of()))
            .blocs()
            .get(0);
    assertThat(kept.declared()).isEqualTo(1);
    assertThat(kept.verified()).isZero();
    assertThat(kept.assessed()).isEqualTo(2);
    assertThat(kept.acquired()).isEqualTo(1);
    assertThat(kept.gaps()).containsExactly(Gap.NO_VERIFIED_EVIDENCE, Gap.TO_ACQUIRE);

    BlocCoverage deleted =
        DossierService.coverage(dossier, new Portfolio(List.of(), List.of(), List.of()))
            .blocs()
            .get(0);
    assertThat(deleted.evidence()).as("the experience was deleted since").isZero();
    assertThat(deleted.gaps()).startsWith(Gap.NO_EVIDENCE);
  }

  @Test
  void aBlocSetAsideLacksNothing() {
    Dossier dossier = new Dossier(owner, deas, NOW);
    dossier.bloc("RNCP35830BC02").orElseThrow().target(false);
    Coverage coverage =
        DossierService.coverage(dossier, new Portfolio(List.of(), List.of(), List.of()));
    assertThat(coverage.blocs().get(1).gaps()).isEmpty();
    assertThat(coverage.gaps()).extracting(BlocCoverage::code).containsExactly("RNCP35830BC01");
  }

  @Test
  void aDossierKeepsTheReferentialsWordsAndOrder() {
    Dossier dossier = new Dossier(owner, deas, NOW);
    assertThat(dossier.certificationTitle()).isEqualTo(deas.displayName());
    assertThat(dossier.blocs().get(0).competences())
        .extracting(Competence::label)
        .containsExactly("Soins", "Repas");
    assertThat(dossier.status()).isEqualTo(DossierStatus.ACTIVE);
  }
}
