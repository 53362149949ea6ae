package org.parcours.portfolio.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parcours.portfolio.audit.AuditEventType;
import org.parcours.portfolio.audit.AuditTrail;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.entry.EntryRepository;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.evidence.EvidenceRepository;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.shared.Texts;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.vae.Dossier;
import org.parcours.portfolio.vae.DossierRepository;
import org.parcours.portfolio.worker.WorkerId;

/**
 * Sharing under the worker's control. Nothing is visible to anyone until the worker grants it; a
 * grantee reads only through a live grant, only what it selects, and every such read lands in the
 * worker's access log and audit trail. Grants are read from the database at every request, so a
 * revocation holds from the next request on.
 */
@ApplicationScoped
@Transactional
public class SharingService {

  public static final int ACCESS_LOG_MAX = 500;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SharingRepository store;
  private EntryRepository entries;
  private EvidenceRepository files;
  private AuditTrail audit;
  private DossierRepository dossiers;
  private Clock clock;

  protected SharingService() {}

  @Inject
  public SharingService(
      SharingRepository store,
      EntryRepository entries,
      EvidenceRepository files,
      AuditTrail audit,
      DossierRepository dossiers,
      Clock clock) {
    this.store = store;
    this.entries = entries;
    this.files = files;
    this.audit = audit;
    this.dossiers = dossiers;
    this.clock = clock;
  }

  /**
   * Records an adviser at sign-in (or refreshes their name and e-mail), so workers can name them.
   */
  public Adviser adviserSignedIn(String subject, String email, String displayName) {
    String name = Texts.strip(displayName) == null ? subject : displayName.strip();
    return store
        .adviserBySubject(subject)
        .map(a -> {
          a.update(email, name);
          return a;
        })
        .orElseGet(() -> {
          Adviser a = new Adviser(subject, email, name, OffsetDateTime.now(clock));
          store.add(a);
          return a;
        });
  }

  public ShareGrant shareWithAdviser(WorkerId owner, String adviserEmail, GrantDraft draft) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    GrantDraft valid = checked(owner, draft, now);
    String email = Texts.strip(adviserEmail);
    Adviser adviser = (email == null ? null : store.adviserByEmail(email).orElse(null));
    if (adviser == null) {
      throw new InvalidInputException(
          List.of(new Violation("adviserEmail", "share.adviser.unknown")));
    }
    ShareGrant grant =
        new ShareGrant(
            owner, ShareGrant.Grantee.ADVISER, adviser, null, valid, dossierOf(owner, valid), now);
    store.add(grant);
    audit.append(
        owner, AuditEventType.GRANT, details(grant, "adviser", adviser.displayName()), now);
    return grant;
  }

  /** A grant to whoever holds the link; the token is given here once and never stored. */
  public NewLink shareByLink(WorkerId owner, GrantDraft draft) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    GrantDraft valid = checked(owner, draft, now);
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ShareGrant grant =
        new ShareGrant(
            owner, ShareGrant.Grantee.LINK, null, hash(token), valid, dossierOf(owner, valid), now);
    store.add(grant);
    audit.append(owner, AuditEventType.GRANT, details(grant, "link", null), now);
    return new NewLink(grant, token);
  }

  /** A new link grant and its secret token. */
  public record NewLink(ShareGrant grant, String token) {}

  public List<ShareGrant> grants(WorkerId owner) {
    return store.grantsOf(owner);
  }

  /** Ends a grant at once; revoking twice changes nothing. */
  public void revoke(WorkerId owner, UUID grantId) {
    Optional<OffsetDateTime> revoked = store.revoke(owner, grantId, clock);
    if (revoked.isPresent()) {
      audit.append(owner, AuditEventType.REVOKE, "{\"grant\":\"" + grantId + "\"}", revoked.get());
    } else if (store.grant(owner, grantId).isEmpty()) {
      throw new NotFoundException("share");
    }
  }

  /** What a link shows now; a wrong, expired or revoked token is simply not found. */
  public SharedPortfolio readByLink(String token) {
    if (token == null || token.length() != 43) {
      throw new NotFoundException("share");
    }
    ShareGrant grant =
        store.grantByLinkHash(hash(token)).orElseThrow(() -> new NotFoundException("share"));
    return read(grant, "lien");
  }

  /** The live grants made to this adviser. */
  public List<ShareGrant> grantsTo(String adviserSubject) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return store
        .adviserBySubject(adviserSubject)
        .map(a -> store.grantsTo(a.id()).stream().filter(g -> g.liveAt(now)).toList())
        .orElse(List.of());
  }

  public SharedPortfolio readAsAdviser(String adviserSubject, UUID grantId) {
    Adviser adviser = adviser(adviserSubject, "share");
    ShareGrant grant = liveGrantTo(adviser, grantId, "share");
    return read(grant, readerName(adviser, grant));
  }

  Adviser adviser(String subject, String what) {
    return store.adviserBySubject(subject).orElseThrow(() -> new NotFoundException(what));
  }

  /** The adviser's organisation now, by the e-mail address their identity provider gives. */
  Optional<AdviserOrganisation> organisationOf(Adviser adviser) {
    return adviser.email() == null
        ? Optional.empty()
        : store.membership(adviser.email()).map(AdviserMembership::organisation);
  }

  /**
   * A live grant to this adviser, share-locked for the rest of the transaction: a revocation
   * committed before this read is seen, one asked during it waits for the read to end. A grant
   * given in person holds only while the adviser works for the organisation the worker saw.
   */
  ShareGrant liveGrantTo(Adviser adviser, UUID grantId, String what) {
    ShareGrant grant =
        store.grantToForRead(adviser.id(), grantId).orElseThrow(() -> new NotFoundException(what));
    boolean sameOrganisation =
        grant.organisation().isEmpty()
            || organisationOf(adviser)
                .map(o -> o.id().equals(grant.organisation().get().id()))
                .orElse(false);
    if (!grant.liveAt(OffsetDateTime.now(clock)) || !sameOrganisation) {
      throw new NotFoundException(what);
    }
    return grant;
  }

  public List<AccessRecord> accessLog(WorkerId owner) {
    return store.accessLog(owner, ACCESS_LOG_MAX);
  }

  /** A file of an entry a live link selects; the download is logged like a read. */
  public EvidenceFile fileByLink(String token, UUID fileId) {
    if (token == null || token.length() != 43) {
      throw new NotFoundException("file");
    }
    ShareGrant grant =
        store.grantByLinkHash(hash(token)).orElseThrow(() -> new NotFoundException("file"));
    return sharedFile(grant, fileId, "lien");
  }

  /** A file of an entry that a live grant to this adviser selects. */
  public EvidenceFile fileAsAdviser(String adviserSubject, UUID grantId, UUID fileId) {
    Adviser adviser = adviser(adviserSubject, "file");
    ShareGrant grant = liveGrantTo(adviser, grantId, "file");
    return sharedFile(grant, fileId, readerName(adviser, grant));
  }

  private EvidenceFile sharedFile(ShareGrant grant, UUID fileId, String reader) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    EvidenceFile file =
        files.find(grant.owner(), fileId).orElseThrow(() -> new NotFoundException("file"));
    boolean selected =
        grant.liveAt(now)
            && grant.select(entries.listOf(grant.owner())).stream()
                .anyMatch(e -> e.entryId().equals(file.entry()));
    if (!selected) {
      throw new NotFoundException("file");
    }
    logRead(grant, reader, file.name(), "\"file\":\"" + fileId + "\"");
    return file;
  }

  /**
   * A grant's selection as the grantee sees it now, with the files of those entries, and the
   * dossier when a dossier is what was shared.
   */
  public record SharedPortfolio(
      ShareGrant grant, List<Entry> entries, List<EvidenceFile> files, Optional<Dossier> dossier) {}

  private SharedPortfolio read(ShareGrant grant, String reader) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!grant.liveAt(now)) {
      throw new NotFoundException("share");
    }
    List<Entry> shared = grant.select(entries.listOf(grant.owner()));
    Set<EntryId> ids = shared.stream().map(Entry::entryId).collect(Collectors.toSet());
    List<EvidenceFile> sharedFiles =
        files.ofWorker(grant.owner()).stream().filter(f -> ids.contains(f.entry())).toList();
    String what = shared.stream().map(Entry::title).collect(Collectors.joining(", "));
    logRead(grant, reader, what, "\"entries\":" + shared.size());
    return new SharedPortfolio(grant, shared, sharedFiles, grant.dossier());
  }

  /** Who read, as the worker sees it in their access log: the organisation too, if in person. */
  static String readerName(Adviser adviser, ShareGrant grant) {
    String name =
        grant
            .organisation()
            .map(o -> adviser.displayName() + " (" + o.name() + ")")
            .orElse(adviser.displayName());
    return name.length() <= AccessRecord.READER_MAX
        ? name
        : name.substring(0, AccessRecord.READER_MAX - 1) + "…";
  }

  /** Every read by someone else: in the worker's access log and in their audit trail. */
  void logRead(ShareGrant grant, String reader, String what, String details) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    store.add(new AccessRecord(grant.owner(), grant.id(), reader, what, now));
    audit.append(
        grant.owner(),
        AuditEventType.READ,
        "{\"grant\":\"" + grant.id() + "\"," + details + "}",
        now);
  }

  private GrantDraft checked(WorkerId owner, GrantDraft draft, OffsetDateTime now) {
    GrantDraft valid = draft.validated(now);
    Set<EntryId> own =
        entries.listOf(owner).stream().map(Entry::entryId).collect(Collectors.toSet());
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < valid.entryIds().size(); i++) {
      if (!own.contains(valid.entryIds().get(i))) {
        violations.add(new Violation("entryIds[" + i + "]", "share.entry.unknown"));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return valid;
  }

  // A dossier named in a share must be the owner's own: another's reads as unknown.
  private Dossier dossierOf(WorkerId owner, GrantDraft draft) {
    if (draft.dossierId() == null) {
      return null;
    }
    return dossiers
        .find(owner, draft.dossierId())
        .orElseThrow(() ->
            new InvalidInputException(
                List.of(new Violation("dossierId", "share.dossier.unknown"))));
  }

  private static String details(ShareGrant grant, String grantee, String adviserName) {
    return "{\"grant\":\""
        + grant.id()
        + "\",\"grantee\":\""
        + grantee
        + "\""
        + (adviserName == null ? "" : ",\"adviser\":\"" + adviserName.replace("\"", "'") + "\"")
        + ",\"until\":\""
        + grant.endsAt()
        + "\"}";
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
