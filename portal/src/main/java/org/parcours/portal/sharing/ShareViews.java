package org.parcours.portal.sharing;

import java.time.OffsetDateTime;
import java.util.List;
import org.parcours.portal.entry.EntryView;
import org.parcours.portal.evidence.FileView;
import org.parcours.portal.skill.SkillView;
import org.parcours.portal.vae.DossierViews;
import org.parcours.portfolio.sharing.AccessRecord;
import org.parcours.portfolio.sharing.GrantSkill;
import org.parcours.portfolio.sharing.ShareGrant;
import org.parcours.portfolio.sharing.SharingService;
import org.parcours.portfolio.vae.Dossier;

/** Grants, shared portfolios and the access log as the API shows them. */
final class ShareViews {
  private ShareViews() {}

  /** What a worker asks to share; see {@code GrantDraft}. */
  public record ShareInput(
      String adviserEmail,
      boolean link,
      List<String> entryIds,
      List<SkillView> skills,
      String dossierId,
      String purpose,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt) {}

  /** A grant as its worker sees it; {@code link} only once, in the answer that created it. */
  public record GrantView(
      String id,
      ShareGrant.Grantee grantee,
      ShareGrant.Selection selection,
      List<String> entryIds,
      List<SkillView> skills,
      String dossierId,
      String purpose,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      OffsetDateTime revokedAt,
      boolean live,
      String link) {

    static GrantView of(ShareGrant g, OffsetDateTime now, String link) {
      return new GrantView(
          g.id().toString(),
          g.grantee(),
          g.selection(),
          g.entryIds().stream().map(Object::toString).sorted().toList(),
          g.skills().stream()
              .map(GrantSkill::ref)
              .map(r -> new SkillView(r.referential(), r.code(), null))
              .toList(),
          g.dossier().map(d -> d.id().toString()).orElse(null),
          g.purpose(),
          g.startsAt(),
          g.endsAt(),
          g.revokedAt().orElse(null),
          g.liveAt(now),
          link);
    }
  }

  public record GrantList(List<GrantView> items) {}

  /** What a grantee reads: why it was shared, until when, the entries, and a shared dossier. */
  public record SharedView(
      String purpose, OffsetDateTime endsAt, SharedDossier dossier, List<SharedEntry> entries) {
    static SharedView of(SharingService.SharedPortfolio shared) {
      return new SharedView(
          shared.grant().purpose(),
          shared.grant().endsAt(),
          shared.dossier().map(SharedDossier::of).orElse(null),
          shared.entries().stream()
              .map(e ->
                  new SharedEntry(
                      EntryView.of(e),
                      e.text(),
                      shared.files().stream()
                          .filter(f -> f.entry().equals(e.entryId()))
                          .map(FileView::of)
                          .toList()))
              .toList());
    }
  }

  /**
   * A shared VAE dossier: each bloc's narrative and self-assessment (its evidence are the entries).
   */
  public record SharedDossier(String certification, String title, List<SharedBloc> blocs) {
    static SharedDossier of(Dossier d) {
      return new SharedDossier(
          d.certification(),
          d.certificationTitle(),
          d.blocs().stream()
              .map(b ->
                  new SharedBloc(
                      b.code(),
                      b.label(),
                      b.targeted(),
                      b.narrative().orElse(null),
                      b.competences().stream()
                          .map(c ->
                              new DossierViews.CompetenceView(
                                  b.competences().indexOf(c),
                                  c.label(),
                                  c.assessment()
                                      .map(a -> a.name().toLowerCase(java.util.Locale.ROOT))
                                      .orElse(null)))
                          .toList()))
              .toList());
    }
  }

  /** One bloc of a shared dossier. */
  public record SharedBloc(
      String code,
      String label,
      boolean targeted,
      String narrative,
      List<DossierViews.CompetenceView> competences) {}

  /** An entry, its text and its files, read-only. */
  public record SharedEntry(EntryView entry, String text, List<FileView> files) {}

  /** A live grant made to the signed-in adviser. */
  public record AdviserGrant(String id, String purpose, OffsetDateTime endsAt) {}

  public record AdviserGrantList(List<AdviserGrant> items) {}

  public record AccessView(String grantId, String reader, String entries, OffsetDateTime readAt) {
    static AccessView of(AccessRecord r) {
      return new AccessView(r.grantId().toString(), r.reader(), r.entries(), r.readAt());
    }
  }

  public record AccessLog(List<AccessView> items) {}
}
