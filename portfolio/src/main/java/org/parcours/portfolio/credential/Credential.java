package org.parcours.portfolio.credential;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Verdict;
import org.parcours.portfolio.worker.WorkerId;

/** A credential in a worker's portfolio, with the outcome of its last verification. */
@Entity
@Table(name = "credential")
public class Credential {

  @Id private UUID id;

  @Column(name = "worker_id", nullable = false)
  private UUID workerId;

  @Column(name = "connector", nullable = false, length = 130)
  private String connector;

  @Column(name = "format", nullable = false, length = 100)
  private String format;

  @Column(name = "title", nullable = false, length = 500)
  private String title;

  @Column(name = "description", length = 4000)
  private String description;

  @Column(name = "issuer_name", nullable = false, length = 500)
  private String issuerName;

  @Column(name = "issuer_id", length = 2000)
  private String issuerId;

  @Column(name = "issuer_url", length = 2000)
  private String issuerUrl;

  @Column(name = "issued_on")
  private OffsetDateTime issuedOn;

  @Column(name = "valid_from")
  private OffsetDateTime validFrom;

  @Column(name = "valid_until")
  private OffsetDateTime validUntil;

  @Column(name = "subject", length = 2000)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(name = "verdict", nullable = false, length = 16)
  private Verdict verdict;

  @Column(name = "verified_at", nullable = false)
  private OffsetDateTime verifiedAt;

  @Column(name = "imported_at", nullable = false)
  private OffsetDateTime importedAt;

  @Column(name = "original_sha256", nullable = false, length = 64)
  private String originalSha256;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "credential_check", joinColumns = @JoinColumn(name = "credential_id"))
  @OrderColumn(name = "position")
  private List<CredentialCheck> checks = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "credential_skill", joinColumns = @JoinColumn(name = "credential_id"))
  @OrderColumn(name = "position")
  private List<CredentialSkill> skills = new ArrayList<>();

  protected Credential() {}

  Credential(
      WorkerId owner,
      String connector,
      ParsedCredential parsed,
      String originalSha256,
      VerificationReport report,
      OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.workerId = owner.value();
    this.connector = connector;
    this.format = CredentialCheck.clip(parsed.format(), 100);
    this.title = CredentialCheck.clip(parsed.title(), 500);
    this.description = CredentialCheck.clip(parsed.description(), 4000);
    this.issuerName = CredentialCheck.clip(parsed.issuer().name(), 500);
    this.issuerId = CredentialCheck.clip(parsed.issuer().id(), 2000);
    this.issuerUrl = CredentialCheck.clip(parsed.issuer().url(), 2000);
    this.issuedOn = at(parsed.issuedOn());
    this.validFrom = at(parsed.validFrom());
    this.validUntil = at(parsed.validUntil());
    this.subject = CredentialCheck.clip(parsed.subject(), 2000);
    this.originalSha256 = originalSha256;
    this.importedAt = at;
    parsed.skills().stream().limit(200).map(CredentialSkill::new).forEach(skills::add);
    verified(report, at);
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /**
   * Records a new verification. The recipient check is the one made at import, when the worker's
   * identity was at hand: a later run keeps it rather than judge without it.
   */
  void verified(VerificationReport report, OffsetDateTime at) {
    List<CredentialCheck> previousRecipient =
        checks.stream().filter(c -> c.toCheck().aspect() == Aspect.RECIPIENT).toList();
    List<CredentialCheck> next = new ArrayList<>();
    report.checks().stream()
        .filter(c -> previousRecipient.isEmpty() || c.aspect() != Aspect.RECIPIENT)
        .map(CredentialCheck::new)
        .forEach(next::add);
    next.addAll(previousRecipient);
    checks.clear();
    checks.addAll(next);
    this.verdict = report().verdict();
    this.verifiedAt = at;
  }

  public UUID id() {
    return id;
  }

  public WorkerId owner() {
    return new WorkerId(workerId);
  }

  public String connector() {
    return connector;
  }

  public String format() {
    return format;
  }

  public String title() {
    return title;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public ParsedCredential.Issuer issuer() {
    return new ParsedCredential.Issuer(issuerId, issuerName, issuerUrl);
  }

  public Optional<OffsetDateTime> issuedOn() {
    return Optional.ofNullable(issuedOn);
  }

  public Optional<OffsetDateTime> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  public Optional<OffsetDateTime> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  public Verdict verdict() {
    return verdict;
  }

  public OffsetDateTime verifiedAt() {
    return verifiedAt;
  }

  public OffsetDateTime importedAt() {
    return importedAt;
  }

  public String originalSha256() {
    return originalSha256;
  }

  public VerificationReport report() {
    return new VerificationReport(checks.stream().map(CredentialCheck::toCheck).toList());
  }

  public List<ParsedCredential.Skill> skills() {
    return skills.stream().map(CredentialSkill::toSkill).toList();
  }
}
