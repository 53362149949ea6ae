package org.parcours.portfolio.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portfolio.worker.Worker;
import org.parcours.portfolio.worker.WorkerId;

/** One certificate a partner pushed to a worker, waiting for their decision. */
@Entity
@Table(name = "inbox_item")
public class InboxItem {

  /** What was pushed. */
  public enum Kind {
    /** A signed credential (Open Badges, W3C VC): verified as any import when accepted. */
    CREDENTIAL,
    /** A structured employer attestation, which Parcours signs on the partner's behalf. */
    ATTESTATION
  }

  /** The worker's decision. */
  public enum Status {
    PENDING,
    ACCEPTED,
    DECLINED
  }

  @Id private UUID id;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private UUID partnerId;

  @Column(name = "idempotency_key", nullable = false, updatable = false, length = 100)
  private String idempotencyKey;

  @Column(name = "recipient", nullable = false, updatable = false, length = 80)
  private String recipient;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "worker_id", nullable = false, updatable = false)
  private Worker worker;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 12)
  private Kind kind;

  @Column(name = "title", nullable = false, updatable = false, length = 300)
  private String title;

  @Column(name = "media_type", updatable = false, length = 200)
  private String mediaType;

  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private Status status;

  @Column(name = "received_at", nullable = false, updatable = false)
  private OffsetDateTime receivedAt;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  protected InboxItem() {}

  InboxItem(UUID partnerId, Push push, String recipient, Worker worker, OffsetDateTime now) {
    this.id = UUID.randomUUID();
    this.partnerId = partnerId;
    this.idempotencyKey = push.idempotencyKey();
    this.recipient = recipient;
    this.worker = worker;
    this.kind = push.kind();
    this.title = push.title();
    this.mediaType = push.mediaType();
    this.content = push.content().clone();
    this.status = Status.PENDING;
    this.receivedAt = now;
  }

  void decide(Status decision, OffsetDateTime now) {
    this.status = decision;
    this.decidedAt = now;
  }

  boolean sameAs(Push push) {
    return kind == push.kind()
        && title.equals(push.title())
        && recipient.equals(Push.recipientKey(push))
        && java.util.Arrays.equals(content, push.content());
  }

  public UUID id() {
    return id;
  }

  public UUID partnerId() {
    return partnerId;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public WorkerId owner() {
    return worker.id();
  }

  public Kind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String mediaType() {
    return mediaType;
  }

  public byte[] content() {
    return content.clone();
  }

  public Status status() {
    return status;
  }

  public OffsetDateTime receivedAt() {
    return receivedAt;
  }

  public Optional<OffsetDateTime> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }
}
