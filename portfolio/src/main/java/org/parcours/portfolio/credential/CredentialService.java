package org.parcours.portfolio.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.portfolio.audit.AuditEventType;
import org.parcours.portfolio.audit.AuditTrail;
import org.parcours.portfolio.shared.DomainException;
import org.parcours.portfolio.shared.ErrorCode;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.worker.WorkerId;

/**
 * Keeps the credentials a worker brought in, and the outcome of each verification. The worker's own
 * imports and deletions are not audit events, like their other edits: the audit chain is for
 * sharing and for what happens to their data without them (a verdict changed in the background),
 * and leaving imports out of it keeps one worker's imports from queueing on the chain's lock.
 */
@ApplicationScoped
public class CredentialService {

  private CredentialRepository credentials;
  private AuditTrail audit;
  private Clock clock;

  protected CredentialService() {}

  @Inject
  public CredentialService(CredentialRepository credentials, AuditTrail audit, Clock clock) {
    this.credentials = credentials;
    this.audit = audit;
    this.clock = clock;
  }

  /** The original and what re-verifying it needs. */
  public record Stored(UUID id, String connector, String mediaType, byte[] original) {}

  /**
   * Adds a verified (or clearly flagged) credential with its original.
   *
   * @throws DomainException {@link ErrorCode#DUPLICATE} when the worker already has this original
   */
  @Transactional
  public Credential add(
      WorkerId owner,
      String connector,
      byte[] original,
      String mediaType,
      ParsedCredential parsed,
      VerificationReport report) {
    String sha256 = sha256(original);
    OffsetDateTime now = OffsetDateTime.now(clock);
    Credential credential = new Credential(owner, connector, parsed, sha256, report, now);
    credentials.add(credential, new CredentialOriginal(credential.id(), mediaType, original));
    return credential;
  }

  @Transactional
  public List<Credential> ofWorker(WorkerId owner) {
    return credentials.ofWorker(owner);
  }

  @Transactional
  public Credential get(WorkerId owner, UUID id) {
    return credentials.find(owner, id).orElseThrow(() -> new NotFoundException("credential"));
  }

  @Transactional
  public CredentialOriginal original(WorkerId owner, UUID id) {
    return credentials.original(owner, id).orElseThrow(() -> new NotFoundException("credential"));
  }

  @Transactional
  public void delete(WorkerId owner, UUID id) {
    Credential credential = get(owner, id);
    credentials.remove(credential);
  }

  /**
   * Where a verification pass starts: credentials last verified before this are due.
   *
   * @param age how old a verification must be to be redone
   * @return the cut-off, fixed for the whole pass
   */
  public OffsetDateTime dueBefore(Duration age) {
    return OffsetDateTime.now(clock).minus(age);
  }

  /**
   * Credentials of these connectors verified before {@code cutoff} and after the cursor {@code
   * after}, oldest first (see {@link CredentialRepository#verifiedBefore}).
   */
  @Transactional
  public List<CredentialRepository.Due> dueForVerification(
      OffsetDateTime cutoff, OffsetDateTime after, Collection<String> connectors, int limit) {
    return credentials.verifiedBefore(cutoff, after, connectors, limit);
  }

  @Transactional
  public Optional<Stored> stored(UUID id) {
    return credentials
        .byId(id)
        .flatMap(c ->
            credentials
                .originalOf(id)
                .map(o -> new Stored(id, c.connector(), o.mediaType(), o.bytes())));
  }

  /**
   * Records a background verification; a change of verdict (a revocation, an expiry) is written to
   * the worker's audit trail.
   *
   * @return {@code true} when the verdict changed
   */
  @Transactional
  public boolean reverified(UUID id, VerificationReport report) {
    Optional<Credential> found = credentials.byId(id);
    if (found.isEmpty()) {
      return false;
    }
    Credential credential = found.get();
    VerificationReport.Verdict before = credential.verdict();
    OffsetDateTime now = OffsetDateTime.now(clock);
    credential.verified(report, now);
    if (credential.verdict() != before) {
      audit.append(
          credential.owner(),
          AuditEventType.VERDICT,
          id + " " + before + " -> " + credential.verdict(),
          now);
      return true;
    }
    return false;
  }

  /**
   * The SHA-256 of bytes, lower-case hex: how originals are named.
   *
   * @param bytes the content
   * @return the hex digest
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
