package org.parcours.portal.catalogue.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parcours.portal.catalogue.TestOffers;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.shared.DomainException;
import org.parcours.portfolio.shared.ErrorCode;
import org.parcours.portfolio.shared.InvalidInputException;

/** An import publishes in the background and tells how far it is; it fails whole. */
class ImportJobsTest {

  private static final UUID PARTNER = UUID.randomUUID();
  private final List<Runnable> queued = new ArrayList<>();

  @Test
  void progressIsToldAsOffersArePublishedAndTheReadProblemsStayWithTheJob() {
    List<Integer> seen = new ArrayList<>();
    ImportJobs jobs = jobs(publishing(seen));
    ImportReport report =
        new ImportReport(
            offers(3), List.of(new ImportReport.Problem(7, "date de fin avant le début")), true);

    ImportJob job = jobs.start("paul", PARTNER, report);
    assertThat(job.status()).isEqualTo(ImportJob.Status.RUNNING);
    assertThat(job.total()).isEqualTo(3);
    assertThat(job.published()).isZero();
    queued.removeFirst().run();

    assertThat(seen).containsExactly(1, 2, 3);
    assertThat(job.published()).isEqualTo(3);
    assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
    assertThat(job.finishedAt()).isNotNull();
    assertThat(job.problems()).extracting(ImportReport.Problem::line).containsExactly(7L);
  }

  @Test
  void anOrganisationRunsOneImportAtATimeAndSeesOnlyItsOwn() {
    ImportJobs jobs = jobs(publishing(new ArrayList<>()));
    ImportReport report = new ImportReport(List.of(), List.of(), true);
    ImportJob first = jobs.start("paul", PARTNER, report);

    assertThatThrownBy(() -> jobs.start("paul", PARTNER, report))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
    assertThat(jobs.start("ines", UUID.randomUUID(), report)).isNotNull();
    assertThat(jobs.job(PARTNER, first.id())).contains(first);
    assertThat(jobs.job(UUID.randomUUID(), first.id())).isEmpty();

    queued.removeFirst().run();
    assertThat(jobs.start("paul", PARTNER, report).id()).isNotEqualTo(first.id());
  }

  @Test
  void aFailedImportSaysNothingWasPublishedAndWhy() {
    ImportReport report = new ImportReport(offers(2), List.of(), true);
    ImportJob refused =
        run(
            new FailingCatalogue(new DomainException(ErrorCode.NOT_PERMITTED, "no longer vetted")),
            report);
    assertThat(refused.status()).isEqualTo(ImportJob.Status.FAILED);
    assertThat(refused.failure()).isEqualTo("notPermitted");
    assertThat(refused.published()).isZero();

    ImportJob broken =
        run(new FailingCatalogue(new IllegalStateException("database gone")), report);
    assertThat(broken.failure()).isEqualTo("unexpected");
    assertThat(broken.published()).as("the transaction rolled back").isZero();
  }

  private static List<Offer> offers(int count) {
    return IntStream.range(0, count).mapToObj(i -> TestOffers.offer("Offre " + i).build()).toList();
  }

  private ImportJob run(CatalogueService catalogue, ImportReport report) {
    ImportJob job = jobs(catalogue).start("paul", PARTNER, report);
    queued.removeFirst().run();
    return job;
  }

  private ImportJobs jobs(CatalogueService catalogue) {
    ImportJobs jobs =
        new ImportJobs() {
          @Override
          Executor executor() {
            return queued::add;
          }
        };
    jobs.catalogue = catalogue;
    jobs.clock = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);
    return jobs;
  }

  private static CatalogueService publishing(List<Integer> seen) {
    return new CatalogueService() {
      @Override
      public int publishAll(String ownerSubject, List<Offer> offers, IntConsumer progress) {
        for (int i = 1; i <= offers.size(); i++) {
          seen.add(i);
          progress.accept(i);
        }
        return offers.size();
      }
    };
  }

  private static final class FailingCatalogue extends CatalogueService {
    private final RuntimeException failure;

    FailingCatalogue(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public int publishAll(String ownerSubject, List<Offer> offers, IntConsumer progress) {
      progress.accept(1);
      throw failure;
    }
  }
}
