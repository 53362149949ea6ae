package org.parcours.portal.inbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.parcours.portfolio.inbox.InboxItem;

/** The JSON shapes of pushes and of the inbox. */
public final class PushViews {

  private PushViews() {}

  /**
   * One push. Exactly one of {@code recipientEmail} and {@code recipientAlias}; for a credential,
   * {@code credential} holds it (a JSON object, or a string: a VC-JWT or other text form); for an
   * employer attestation, {@code attestation}.
   *
   * @param kind {@code credential} or {@code attestation}
   */
  public record PushInput(
      String recipientEmail,
      String recipientAlias,
      String idempotencyKey,
      String kind,
      String title,
      jakarta.json.JsonValue credential,
      AttestationInput attestation) {}

  /** An employer's attestation of an experience. */
  public record AttestationInput(
      String role, LocalDate startDate, LocalDate endDate, String tasks) {}

  /** Several pushes at once, all or none. */
  public record BulkInput(List<PushInput> items) {}

  /**
   * What the partner sees of a push: never whether the recipient has an account.
   *
   * @param status {@code pending}, {@code accepted} or {@code declined}
   * @param duplicate true when this key had already been received (nothing new was stored)
   */
  public record ReceiptView(
      UUID id,
      String idempotencyKey,
      String title,
      String status,
      OffsetDateTime receivedAt,
      boolean duplicate) {
    static ReceiptView of(InboxItem item, boolean duplicate) {
      return new ReceiptView(
          item.id(),
          item.idempotencyKey(),
          item.title(),
          item.status().name().toLowerCase(Locale.ROOT),
          item.receivedAt(),
          duplicate);
    }
  }

  public record ReceiptList(List<ReceiptView> items) {}

  /** An item of the worker's inbox. */
  public record InboxView(
      UUID id,
      String kind,
      String title,
      UUID partnerId,
      String partner,
      String status,
      OffsetDateTime receivedAt) {}

  public record InboxList(List<InboxView> items) {}

  /** The alias a worker gives partners. */
  public record AliasView(String alias) {}

  /** A partner to block. */
  public record BlockInput(String partnerId) {}

  /** An API client to bind: the subject of its client-credentials tokens. */
  public record ClientInput(String subject) {}
}
