package org.parcours.portfolio.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parcours.portfolio.audit.AuditEventType;
import org.parcours.portfolio.audit.AuditTrail;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.entry.EntryRepository;
import org.parcours.portfolio.shared.ErrorCode;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.shared.Texts;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.sharing.AdviserNote.Recommendation;
import org.parcours.portfolio.sharing.ShareGrant.Selection;
import org.parcours.portfolio.vae.Assessment;
import org.parcours.portfolio.vae.Dossier;
import org.parcours.portfolio.vae.DossierRepository;
import org.parcours.portfolio.vae.DossierService;
import org.parcours.portfolio.worker.WorkerId;

/**
 * Consent given in person: the adviser's screen shows a one-time code, the worker types it on their
 * own device, sees who asks and chooses what and how long. Within a live consent the adviser reads
 * its scope only, leaves notes, and edits a dossier only if the worker said so. Every read is in
 * the worker's access log; every refusal says why.
 */
@ApplicationScoped
@Transactional
public class ConsentService {

  public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
  public static final int ATTEMPTS_MAX = 5;
  public static final Duration ATTEMPT_WINDOW = Duration.ofMinutes(15);
  // 32 symbols read aloud without confusion (no 0/O, 1/I): 8 of them are 40 bits.
  static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  static final int CODE_LENGTH = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SharingService sharing;
  private SharingRepository store;
  private ConsentAttempts attempts;
  private DossierRepository dossiers;
  private DossierService dossierService;
  private EntryRepository entries;
  private AuditTrail audit;
  private Clock clock;

  protected ConsentService() {}

  @Inject
  public ConsentService(
      SharingService sharing,
      SharingRepository store,
      ConsentAttempts attempts,
      DossierRepository dossiers,
      DossierService dossierService,
      EntryRepository entries,
      AuditTrail audit,
      Clock clock) {
    this.sharing = sharing;
    this.store = store;
    this.attempts = attempts;
    this.dossiers = dossiers;
    this.dossierService = dossierService;
    this.entries = entries;
    this.audit = audit;
    this.clock = clock;
  }

  // --- Organisations (administrators)

  public List<AdviserOrganisation> organisations() {
    return store.organisations();
  }

  public AdviserOrganisation createOrganisation(String name, AdviserOrganisation.Kind kind) {
    String clean = Texts.strip(name);
    if (clean == null || clean.length() > AdviserOrganisation.NAME_MAX) {
      throw refused("name", "organisation.name.required");
    }
    if (kind == null) {
      throw refused("kind", "organisation.kind.unknown");
    }
    if (store.organisationNamed(clean).isPresent()) {
      throw new InvalidInputException(
          ErrorCode.DUPLICATE, List.of(new Violation("name", "organisation.name.taken")));
    }
    AdviserOrganisation organisation =
        new AdviserOrganisation(clean, kind, OffsetDateTime.now(clock));
    store.add(organisation);
    return organisation;
  }

  /** Enrols an adviser, by e-mail, in an organisation (moving them from another one). */
  public AdviserMembership enrol(UUID organisationId, String email) {
    AdviserOrganisation organisation =
        store.organisation(organisationId).orElseThrow(() -> new NotFoundException("organisation"));
    String address = Texts.strip(email);
    if (address == null || address.length() > 320 || !address.contains("@")) {
      throw refused("email", "organisation.member.email");
    }
    String key = address.toLowerCase(Locale.ROOT);
    Optional<AdviserMembership> existing = store.membership(key);
    if (existing.isPresent()) {
      existing.get().moveTo(organisation);
      return existing.get();
    }
    AdviserMembership membership = new AdviserMembership(key, organisation);
    store.add(membership);
    return membership;
  }

  public List<AdviserMembership> members(UUID organisationId) {
    return store.members(organisationId);
  }

  /** The organisation an adviser works for now, if an administrator enrolled them. */
  public Optional<AdviserOrganisation> organisationOf(String adviserSubject) {
    return store.adviserBySubject(adviserSubject).flatMap(sharing::organisationOf);
  }

  // --- The adviser asks

  /** A new one-time code for the adviser's screen; the code is given here once. */
  public NewCode ask(String adviserSubject) {
    Adviser adviser = sharing.adviser(adviserSubject, "adviser");
    AdviserOrganisation organisation =
        sharing
            .organisationOf(adviser)
            .orElseThrow(() ->
                new InvalidInputException(
                    ErrorCode.NOT_PERMITTED,
                    List.of(new Violation("organisation", "consent.adviser.noOrganisation"))));
    OffsetDateTime now = OffsetDateTime.now(clock);
    String code = newCode();
    ConsentRequest request =
        new ConsentRequest(
            adviser, organisation, SharingService.hash(code), now, now.plus(CODE_LIFETIME));
    store.add(request);
    return new NewCode(request, code);
  }

  /** A request and its code, as shown once on the adviser's screen. */
  public record NewCode(ConsentRequest request, String code) {}

  /** Where one of the adviser's requests stands; the grant once the worker confirmed. */
  public Status status(String adviserSubject, UUID requestId) {
    Adviser adviser = sharing.adviser(adviserSubject, "consent");
    ConsentRequest request =
        store.request(adviser.id(), requestId).orElseThrow(() -> new NotFoundException("consent"));
    return new Status(request, request.stateAt(OffsetDateTime.now(clock)), request.grant());
  }

  /** A request's state for the adviser's screen. */
  public record Status(
      ConsentRequest request, ConsentRequest.State state, Optional<ShareGrant> grant) {}

  // --- The worker answers

  /** What the worker is asked to confirm: who asks, for which organisation, until when. */
  public ConsentRequest lookup(WorkerId worker, String code) {
    return pending(worker, code);
  }

  /**
   * The worker's consent: a grant to the adviser who showed the code, for the chosen scope.
   *
   * @param clientName how the adviser will see the worker named (their identity provider's name)
   */
  public ShareGrant confirm(WorkerId worker, String clientName, String code, ConsentScope scope) {
    ConsentScope valid = (scope == null ? emptyScope() : scope).validated();
    ConsentRequest request = pending(worker, code);
    Dossier dossier = null;
    if (valid.selection() == Selection.DOSSIER) {
      dossier =
          dossiers
              .find(worker, valid.dossierId())
              .orElseThrow(() -> refused("dossierId", "consent.scope.dossier.unknown"));
    }
    if (valid.selection() == Selection.ENTRIES) {
      Set<EntryId> own =
          entries.listOf(worker).stream().map(Entry::entryId).collect(Collectors.toSet());
      if (!own.containsAll(valid.entryIds())) {
        throw refused("entryIds", "share.entry.unknown");
      }
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    ShareGrant grant =
        new ShareGrant(
            worker,
            request,
            clip(Texts.strip(clientName)),
            valid,
            dossier,
            now,
            now.plus(valid.duration()));
    store.add(grant);
    request.confirm(grant, now);
    audit.append(
        worker,
        AuditEventType.GRANT,
        "{\"grant\":\""
            + grant.id()
            + "\",\"grantee\":\"adviser in person\",\"scope\":\""
            + valid.selection()
            + "\",\"coEdit\":"
            + valid.coEdit()
            + ",\"until\":\""
            + grant.endsAt()
            + "\"}",
        now);
    return grant;
  }

  private static String clip(String name) {
    return name == null || name.length() <= 200 ? name : name.substring(0, 199) + "…";
  }

  private static ConsentScope emptyScope() {
    return new ConsentScope(null, null, null, false, null);
  }

  // A pending request for this code, locked: two workers cannot both confirm it.
  private ConsentRequest pending(WorkerId worker, String code) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (store.attemptsSince(worker, now.minus(ATTEMPT_WINDOW)) >= ATTEMPTS_MAX) {
      throw new InvalidInputException(
          ErrorCode.TOO_MANY_ATTEMPTS,
          List.of(new Violation("code", "consent.code.tooManyAttempts")));
    }
    String normal = normalise(code);
    Optional<ConsentRequest> found =
        normal == null
            ? Optional.empty()
            : store.requestByCodeHashForUpdate(SharingService.hash(normal));
    String rule;
    if (found.isEmpty()) {
      rule = "consent.code.unknown";
    } else {
      rule =
          switch (found.get().stateAt(now)) {
            case PENDING -> null;
            case CONFIRMED -> "consent.code.used";
            case EXPIRED -> "consent.code.expired";
          };
    }
    if (rule != null) {
      attempts.failed(worker, now);
      throw refused("code", rule);
    }
    return found.get();
  }

  /** Upper case, without the spaces and dashes people type; null unless 8 symbols of ours. */
  static String normalise(String code) {
    if (code == null || code.length() > 40) {
      return null;
    }
    String normal = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (normal.length() != CODE_LENGTH || !normal.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      return null;
    }
    return normal;
  }

  private static String newCode() {
    StringBuilder code = new StringBuilder(CODE_LENGTH);
    for (int i = 0; i < CODE_LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  // --- The adviser within a consent

  /** The dossiers a live consent shows: its dossier, or all of them for the whole portfolio. */
  public List<DossierService.Evidence> dossiersAsAdviser(String adviserSubject, UUID grantId) {
    Adviser adviser = sharing.adviser(adviserSubject, "share");
    ShareGrant grant = sharing.liveGrantTo(adviser, grantId, "share");
    List<Dossier> shown =
        switch (grant.selection()) {
          case WHOLE -> dossiers.ofWorker(grant.owner());
          case DOSSIER -> List.of(grant.dossier().orElseThrow());
          case ENTRIES, SKILLS -> throw notInScope("consent.scope.noDossier");
        };
    sharing.logRead(
        grant,
        SharingService.readerName(adviser, grant),
        shown.stream().map(Dossier::certificationTitle).collect(Collectors.joining(", ")),
        "\"dossiers\":" + shown.size());
    return shown.stream().map(d -> dossierService.evidence(grant.owner(), d.id())).toList();
  }

  /** The adviser writes a bloc's narrative with the worker: only if the consent says so. */
  public Dossier writeAsAdviser(
      String adviserSubject, UUID grantId, UUID dossierId, String blocCode, String narrative) {
    ShareGrant grant = editable(adviserSubject, grantId, dossierId);
    Dossier dossier = dossierService.write(grant.owner(), dossierId, blocCode, narrative);
    edited(grant, dossierId, blocCode, "narrative");
    return dossier;
  }

  /** The adviser records a self-assessment the worker gives aloud: only if the consent says so. */
  public Dossier assessAsAdviser(
      String adviserSubject,
      UUID grantId,
      UUID dossierId,
      String blocCode,
      int competence,
      Assessment assessment) {
    ShareGrant grant = editable(adviserSubject, grantId, dossierId);
    Dossier dossier =
        dossierService.assess(grant.owner(), dossierId, blocCode, competence, assessment);
    edited(grant, dossierId, blocCode, "assessment");
    return dossier;
  }

  private ShareGrant editable(String adviserSubject, UUID grantId, UUID dossierId) {
    Adviser adviser = sharing.adviser(adviserSubject, "share");
    ShareGrant grant = sharing.liveGrantTo(adviser, grantId, "share");
    boolean allowed =
        grant.selection() == Selection.DOSSIER
            && grant.coEdit()
            && grant.dossier().map(d -> d.id().equals(dossierId)).orElse(false);
    if (!allowed) {
      throw notInScope("consent.scope.noEdit");
    }
    return grant;
  }

  private void edited(ShareGrant grant, UUID dossierId, String blocCode, String what) {
    audit.append(
        grant.owner(),
        AuditEventType.DOSSIER_EDIT,
        "{\"grant\":\""
            + grant.id()
            + "\",\"dossier\":\""
            + dossierId
            + "\",\"bloc\":\""
            + blocCode.replace("\"", "")
            + "\",\"what\":\""
            + what
            + "\"}",
        OffsetDateTime.now(clock));
  }

  /** A note, possibly recommending a catalogue offer, left in the worker's portfolio. */
  public AdviserNote note(
      String adviserSubject, UUID grantId, String body, Recommendation recommendation) {
    String text = Texts.strip(body);
    if (text == null) {
      throw refused("body", "note.body.required");
    }
    if (text.length() > AdviserNote.BODY_MAX) {
      throw refused("body", "note.body.tooLong");
    }
    Adviser adviser = sharing.adviser(adviserSubject, "share");
    ShareGrant grant = sharing.liveGrantTo(adviser, grantId, "share");
    AdviserNote note =
        new AdviserNote(
            grant,
            adviser.displayName(),
            grant.organisation().map(AdviserOrganisation::name).orElse("—"),
            text,
            recommendation,
            OffsetDateTime.now(clock));
    store.add(note);
    return note;
  }

  /** The notes left under a live consent, for the adviser who reads it. */
  public List<AdviserNote> notesUnder(String adviserSubject, UUID grantId) {
    Adviser adviser = sharing.adviser(adviserSubject, "share");
    ShareGrant grant = sharing.liveGrantTo(adviser, grantId, "share");
    return store.notesUnder(grant.id());
  }

  /** Every note advisers left in the worker's portfolio, newest first. */
  public List<AdviserNote> notesOf(WorkerId worker) {
    return store.notesOf(worker);
  }

  private static InvalidInputException notInScope(String rule) {
    return new InvalidInputException(
        ErrorCode.NOT_PERMITTED, List.of(new Violation("scope", rule)));
  }

  private static InvalidInputException refused(String field, String rule) {
    return new InvalidInputException(List.of(new Violation(field, rule)));
  }
}
