package org.parcours.portal.consent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.parcours.portfolio.sharing.AdviserNote;
import org.parcours.portfolio.sharing.AdviserOrganisation;
import org.parcours.portfolio.sharing.ConsentRequest;
import org.parcours.portfolio.sharing.ShareGrant;

/** The JSON shapes of consents, organisations and notes. */
public final class ConsentViews {

  private ConsentViews() {}

  /**
   * A new code for the adviser's screen.
   *
   * @param link the address a worker's phone opens from the QR code (the code filled in)
   */
  public record NewCodeView(
      UUID requestId, String code, String organisation, OffsetDateTime expiresAt, String link) {}

  /**
   * Where a request stands.
   *
   * @param state {@code pending}, {@code confirmed} or {@code expired}
   * @param grantId the consent, once confirmed
   */
  public record RequestStateView(String state, OffsetDateTime expiresAt, UUID grantId) {}

  /** What the worker is asked to confirm. */
  public record AskingView(
      String adviser, String organisation, String organisationKind, OffsetDateTime expiresAt) {
    static AskingView of(ConsentRequest r) {
      return new AskingView(
          r.adviser().displayName(),
          r.organisation().name(),
          r.organisation().kind().name().toLowerCase(Locale.ROOT),
          r.expiresAt());
    }
  }

  /**
   * The worker's answer.
   *
   * @param scope {@code whole}, {@code entries} or {@code dossier}
   * @param durationMinutes how long; 120 if absent, at most 90 days
   */
  public record ConsentInput(
      String code,
      String scope,
      List<String> entryIds,
      String dossierId,
      Boolean coEdit,
      Long durationMinutes) {}

  /** A consent as both sides see it. */
  public record ConsentView(
      UUID id,
      String client,
      String adviser,
      String organisation,
      String scope,
      UUID dossierId,
      boolean coEdit,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt) {
    static ConsentView of(ShareGrant g) {
      return new ConsentView(
          g.id(),
          g.clientName().orElse(null),
          g.adviser().map(a -> a.displayName()).orElse(null),
          g.organisation().map(AdviserOrganisation::name).orElse(null),
          g.selection().name().toLowerCase(Locale.ROOT),
          g.dossier().map(d -> d.id()).orElse(null),
          g.coEdit(),
          g.startsAt(),
          g.endsAt());
    }
  }

  /** A note as the worker or the adviser reads it. */
  public record NoteView(
      UUID id,
      String adviser,
      String organisation,
      String body,
      UUID offerId,
      String offerTitle,
      OffsetDateTime createdAt) {
    static NoteView of(AdviserNote n) {
      return new NoteView(
          n.id(),
          n.adviserName(),
          n.organisationName(),
          n.body(),
          n.offer().map(AdviserNote.Recommendation::id).orElse(null),
          n.offer().map(AdviserNote.Recommendation::title).orElse(null),
          n.createdAt());
    }
  }

  public record NoteList(List<NoteView> items) {}

  /** A note to leave, with an offer of the catalogue to recommend if any. */
  public record NoteInput(String body, String offerId) {}

  /** An organisation advisers belong to, with its members' addresses for administrators. */
  public record OrganisationView(UUID id, String name, String kind, List<String> members) {}

  public record OrganisationList(List<OrganisationView> items) {}

  /**
   * A new organisation: {@code kind} is cep, france_travail, training_body, mission_locale, other.
   */
  public record OrganisationInput(String name, String kind) {}

  /** An adviser to enrol, by the e-mail address their identity provider gives. */
  public record MemberInput(String email) {}
}
