package org.parcours.portal.vae;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.parcours.portfolio.certification.Bloc;
import org.parcours.portfolio.certification.Certification;
import org.parcours.portfolio.vae.Coverage;
import org.parcours.portfolio.vae.Dossier;
import org.parcours.portfolio.vae.DossierBloc;
import org.parcours.portfolio.vae.DossierLink;
import org.parcours.portfolio.vae.DossierService.Portfolio;

/** The JSON shapes of dossiers and certifications. */
public final class DossierViews {

  private DossierViews() {}

  /** A certification found in the RNCP referential. */
  public record CertificationView(
      String number,
      String title,
      String level,
      Boolean active,
      List<String> certifiers,
      List<String> successors,
      List<BlocSummary> blocs) {

    static CertificationView of(Certification c) {
      return new CertificationView(
          c.number(),
          c.title(),
          c.level(),
          c.active(),
          c.certifiers(),
          c.successors(),
          c.blocs().stream().map(BlocSummary::of).toList());
    }
  }

  /** A bloc of the referential and its competences. */
  public record BlocSummary(String code, String label, List<String> competences) {
    static BlocSummary of(Bloc b) {
      return new BlocSummary(b.code(), b.label(), b.competences());
    }
  }

  /** Search results. */
  public record CertificationList(List<CertificationView> items) {}

  /** A dossier in a list. */
  public record DossierSummary(
      UUID id,
      String certification,
      String certificationTitle,
      String status,
      int blocs,
      OffsetDateTime updatedAt) {

    static DossierSummary of(Dossier d) {
      return new DossierSummary(
          d.id(),
          d.certification(),
          d.certificationTitle(),
          d.status().name().toLowerCase(Locale.ROOT),
          d.blocs().size(),
          d.updatedAt());
    }
  }

  /** My dossiers. */
  public record DossierList(List<DossierSummary> items) {}

  /** A whole dossier, each link with what it points to now. */
  public record DossierView(
      UUID id,
      String certification,
      String certificationTitle,
      String status,
      long version,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt,
      List<BlocView> blocs) {

    public static DossierView of(Dossier d, Portfolio portfolio) {
      return new DossierView(
          d.id(),
          d.certification(),
          d.certificationTitle(),
          d.status().name().toLowerCase(Locale.ROOT),
          d.version(),
          d.createdAt(),
          d.updatedAt(),
          d.blocs().stream().map(b -> BlocView.of(b, portfolio)).toList());
    }
  }

  /** One bloc of a dossier. */
  public record BlocView(
      String code,
      String label,
      boolean targeted,
      String narrative,
      List<CompetenceView> competences,
      List<LinkView> links) {

    static BlocView of(DossierBloc b, Portfolio portfolio) {
      List<CompetenceView> competences =
          java.util.stream.IntStream.range(0, b.competences().size())
              .mapToObj(i ->
                  new CompetenceView(
                      i,
                      b.competences().get(i).label(),
                      b.competences()
                          .get(i)
                          .assessment()
                          .map(a -> a.name().toLowerCase(Locale.ROOT))
                          .orElse(null)))
              .toList();
      return new BlocView(
          b.code(),
          b.label(),
          b.targeted(),
          b.narrative().orElse(null),
          competences,
          b.links().stream()
              .map(l -> LinkView.of(l, portfolio))
              .sorted(Comparator.comparing(LinkView::kind).thenComparing(LinkView::title))
              .toList());
    }
  }

  /**
   * A competence.
   *
   * @param assessment {@code acquired}, {@code partly}, {@code not_yet}, or null when not assessed
   */
  public record CompetenceView(int index, String label, String assessment) {}

  /**
   * A link to a piece of the portfolio.
   *
   * @param kind {@code entry}, {@code file}, {@code credential} or {@code skill}
   * @param state {@code verified}, {@code declared} or {@code gone} (deleted since)
   */
  public record LinkView(String kind, String target, String title, String state) {

    static LinkView of(DossierLink l, Portfolio portfolio) {
      return new LinkView(
          l.kind().name().toLowerCase(Locale.ROOT),
          l.target(),
          portfolio.title(l).orElse(l.target()),
          portfolio.state(l).name().toLowerCase(Locale.ROOT));
    }
  }

  /** The coverage, with catalogue offers for the blocs that still lack something. */
  public record CoverageView(UUID dossierId, String certification, List<BlocCoverageView> blocs) {}

  /**
   * One bloc's coverage.
   *
   * @param gaps lower-case names of {@link Coverage.Gap}, most blocking first
   * @param offers catalogue offers that target this bloc (only for blocs with gaps)
   */
  public record BlocCoverageView(
      String code,
      String label,
      boolean targeted,
      int evidence,
      int verified,
      int declared,
      int competences,
      int assessed,
      int acquired,
      List<String> gaps,
      List<OfferLink> offers) {}

  /**
   * An offer of the catalogue that may fill a gap.
   *
   * @param distanceKm from the place the worker gave, or null
   */
  public record OfferLink(UUID id, String title, String partnerName, Double distanceKm) {}
}
