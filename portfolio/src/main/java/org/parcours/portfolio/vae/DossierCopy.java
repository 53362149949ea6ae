package org.parcours.portfolio.vae;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A dossier as an export carries it, to rebuild it in another account: the referential's words as
 * they were copied when the dossier was opened, and the worker's answers next to them. Before
 * restoring one, the caller checks every value against the dossier's limits and makes each link
 * name a piece of the new owner's portfolio.
 *
 * @param createdAt {@code null} when the export does not say; the import's time then
 * @param updatedAt {@code null} when the export does not say; the import's time then
 * @param blocs in the dossier's order
 */
public record DossierCopy(
    String certification,
    String certificationTitle,
    DossierStatus status,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    List<BlocCopy> blocs) {

  public DossierCopy {
    Objects.requireNonNull(certification, "certification");
    Objects.requireNonNull(certificationTitle, "certificationTitle");
    Objects.requireNonNull(status, "status");
    blocs = List.copyOf(blocs);
  }

  /**
   * One bloc.
   *
   * @param narrative {@code null} when the worker wrote none
   * @param competences in the bloc's order
   */
  public record BlocCopy(
      String code,
      String label,
      boolean targeted,
      String narrative,
      List<CompetenceCopy> competences,
      Set<DossierLink> links) {

    public BlocCopy {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(label, "label");
      competences = List.copyOf(competences);
      links = Set.copyOf(links);
    }
  }

  /**
   * One competence.
   *
   * @param assessment {@code null} when not assessed
   */
  public record CompetenceCopy(String label, Assessment assessment) {

    public CompetenceCopy {
      Objects.requireNonNull(label, "label");
    }
  }
}
