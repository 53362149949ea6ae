package org.parcours.portfolio.vae;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parcours.plugin.connector.VerificationReport.Verdict;
import org.parcours.portfolio.certification.Certification;
import org.parcours.portfolio.certification.Certifications;
import org.parcours.portfolio.credential.Credential;
import org.parcours.portfolio.credential.CredentialRepository;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryRepository;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.evidence.EvidenceRepository;
import org.parcours.portfolio.shared.ErrorCode;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.shared.Texts;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.skill.SkillTag;
import org.parcours.portfolio.vae.Coverage.BlocCoverage;
import org.parcours.portfolio.vae.Coverage.Gap;
import org.parcours.portfolio.worker.WorkerId;

/**
 * The worker's VAE dossiers. Every change names the owner and checks that what it links belongs to
 * them; an archived dossier is read-only until reopened.
 */
@ApplicationScoped
@Transactional
public class DossierService {

  public static final int DOSSIERS_MAX = 20;
  public static final int NARRATIVE_MAX = 10_000;
  public static final int LINKS_PER_BLOC_MAX = 200;

  private Certifications certifications;
  private DossierRepository store;
  private EntryRepository entries;
  private EvidenceRepository files;
  private CredentialRepository credentials;
  private Clock clock;

  protected DossierService() {}

  @Inject
  public DossierService(
      Certifications certifications,
      DossierRepository store,
      EntryRepository entries,
      EvidenceRepository files,
      CredentialRepository credentials,
      Clock clock) {
    this.certifications = certifications;
    this.store = store;
    this.entries = entries;
    this.files = files;
    this.credentials = credentials;
    this.clock = clock;
  }

  /** Opens a dossier for a certification; one active dossier per certification. */
  public Dossier open(WorkerId owner, String certificationNumber) {
    Certification target =
        certifications
            .byNumber(certificationNumber == null ? "" : certificationNumber)
            .orElseThrow(() -> refused("certification", "dossier.certification.unknown"));
    if (target.blocs().isEmpty()) {
      throw refused("certification", "dossier.certification.noBlocs");
    }
    List<Dossier> mine = store.ofWorker(owner);
    if (mine.stream()
        .anyMatch(
            d -> d.certification().equals(target.number()) && d.status() == DossierStatus.ACTIVE)) {
      throw new InvalidInputException(
          ErrorCode.DUPLICATE,
          List.of(new Violation("certification", "dossier.certification.duplicate")));
    }
    if (mine.size() >= DOSSIERS_MAX) {
      throw refused("certification", "dossier.tooMany");
    }
    Dossier dossier = new Dossier(owner, target, OffsetDateTime.now(clock));
    store.add(dossier);
    return dossier;
  }

  public List<Dossier> dossiers(WorkerId owner) {
    return store.ofWorker(owner);
  }

  public Dossier dossier(WorkerId owner, UUID id) {
    return store.find(owner, id).orElseThrow(() -> new NotFoundException("dossier"));
  }

  /** The worker's account of a bloc, in their words; blank clears it. */
  public Dossier write(WorkerId owner, UUID id, String blocCode, String narrative) {
    String text = Texts.strip(narrative);
    if (text != null && text.length() > NARRATIVE_MAX) {
      throw refused("narrative", "dossier.narrative.tooLong");
    }
    return change(owner, id, blocCode, bloc -> bloc.write(text));
  }

  /** Whether the worker seeks this bloc now (a VAE may aim at some blocs only). */
  public Dossier target(WorkerId owner, UUID id, String blocCode, boolean targeted) {
    return change(owner, id, blocCode, bloc -> bloc.target(targeted));
  }

  /** The self-assessment of one competence ({@code null} withdraws it). */
  public Dossier assess(
      WorkerId owner, UUID id, String blocCode, int competence, Assessment assessment) {
    return change(
        owner,
        id,
        blocCode,
        bloc -> {
          if (competence < 0 || competence >= bloc.competences().size()) {
            throw refused("competence", "dossier.competence.unknown");
          }
          bloc.assess(competence, assessment);
        });
  }

  /**
   * A bloc as a form edits it, in one go: sought or not, the narrative, and one self-assessment per
   * competence ({@code null} for none), in the bloc's order.
   */
  public record BlocEdit(boolean targeted, String narrative, List<Assessment> assessments) {}

  public Dossier edit(WorkerId owner, UUID id, String blocCode, BlocEdit edit) {
    String text = Texts.strip(edit.narrative());
    if (text != null && text.length() > NARRATIVE_MAX) {
      throw refused("narrative", "dossier.narrative.tooLong");
    }
    return change(
        owner,
        id,
        blocCode,
        bloc -> {
          if (edit.assessments().size() != bloc.competences().size()) {
            throw refused("competence", "dossier.competence.unknown");
          }
          bloc.target(edit.targeted());
          bloc.write(text);
          for (int i = 0; i < edit.assessments().size(); i++) {
            bloc.assess(i, edit.assessments().get(i));
          }
        });
  }

  /** Links a piece of the worker's own portfolio to a bloc; linking twice changes nothing. */
  public Dossier link(WorkerId owner, UUID id, String blocCode, LinkKind kind, String target) {
    DossierLink link = ownLink(owner, kind, target);
    return change(
        owner,
        id,
        blocCode,
        bloc -> {
          if (bloc.links().size() >= LINKS_PER_BLOC_MAX && !bloc.links().contains(link)) {
            throw refused("target", "dossier.link.tooMany");
          }
          bloc.link(link);
        });
  }

  public Dossier unlink(WorkerId owner, UUID id, String blocCode, LinkKind kind, String target) {
    if (kind == null || target == null) {
      throw refused("target", "dossier.link.unknown");
    }
    return change(owner, id, blocCode, bloc -> bloc.unlink(new DossierLink(kind, target)));
  }

  /** Archived: kept and readable, out of the way, no longer edited. */
  public Dossier archive(WorkerId owner, UUID id) {
    Dossier dossier = dossier(owner, id);
    dossier.status(DossierStatus.ARCHIVED, OffsetDateTime.now(clock));
    return dossier;
  }

  /** Back to work on an archived dossier, unless another active one targets the same. */
  public Dossier reopen(WorkerId owner, UUID id) {
    Dossier dossier = dossier(owner, id);
    boolean other =
        store.ofWorker(owner).stream()
            .anyMatch(d ->
                !d.id().equals(id)
                    && d.status() == DossierStatus.ACTIVE
                    && d.certification().equals(dossier.certification()));
    if (other) {
      throw new InvalidInputException(
          ErrorCode.DUPLICATE,
          List.of(new Violation("certification", "dossier.certification.duplicate")));
    }
    dossier.status(DossierStatus.ACTIVE, OffsetDateTime.now(clock));
    return dossier;
  }

  public void delete(WorkerId owner, UUID id) {
    store.remove(dossier(owner, id));
  }

  /** Each bloc's evidence, verified and declared, and what is still missing. */
  public Coverage coverage(WorkerId owner, UUID id) {
    return coverage(dossier(owner, id), Portfolio.of(owner, entries, files, credentials));
  }

  /** The pieces of the portfolio a dossier links to that still exist, bloc by bloc. */
  public Evidence evidence(WorkerId owner, UUID id) {
    Dossier dossier = dossier(owner, id);
    return new Evidence(dossier, Portfolio.of(owner, entries, files, credentials));
  }

  /** A dossier with the portfolio it draws on, read once. */
  public record Evidence(Dossier dossier, Portfolio portfolio) {}

  static Coverage coverage(Dossier dossier, Portfolio portfolio) {
    List<BlocCoverage> blocs = new ArrayList<>();
    for (DossierBloc bloc : dossier.blocs()) {
      int verified = 0;
      int declared = 0;
      for (DossierLink link : bloc.links()) {
        switch (portfolio.state(link)) {
          case VERIFIED -> verified++;
          case DECLARED -> declared++;
          case GONE -> {}
        }
      }
      int assessed = 0;
      int acquired = 0;
      for (Competence c : bloc.competences()) {
        if (c.assessment().isPresent()) {
          assessed++;
          if (c.assessment().get() == Assessment.ACQUIRED) {
            acquired++;
          }
        }
      }
      List<Gap> gaps = new ArrayList<>();
      if (bloc.targeted()) {
        if (verified + declared == 0) {
          gaps.add(Gap.NO_EVIDENCE);
        } else if (verified == 0) {
          gaps.add(Gap.NO_VERIFIED_EVIDENCE);
        }
        if (bloc.narrative().isEmpty()) {
          gaps.add(Gap.NO_NARRATIVE);
        }
        if (assessed < bloc.competences().size()) {
          gaps.add(Gap.NOT_ASSESSED);
        }
        if (acquired < assessed) {
          gaps.add(Gap.TO_ACQUIRE);
        }
      }
      blocs.add(
          new BlocCoverage(
              bloc.code(),
              bloc.label(),
              bloc.targeted(),
              bloc.narrative().isPresent(),
              verified,
              declared,
              bloc.competences().size(),
              assessed,
              acquired,
              List.copyOf(gaps)));
    }
    return new Coverage(dossier.id(), dossier.certification(), List.copyOf(blocs));
  }

  private interface BlocChange {
    void apply(DossierBloc bloc);
  }

  private Dossier change(WorkerId owner, UUID id, String blocCode, BlocChange change) {
    Dossier dossier = dossier(owner, id);
    if (dossier.status() == DossierStatus.ARCHIVED) {
      throw new InvalidInputException(
          ErrorCode.CONFLICT, List.of(new Violation("status", "dossier.archived")));
    }
    DossierBloc bloc =
        dossier
            .bloc(blocCode == null ? "" : blocCode)
            .orElseThrow(() -> refused("bloc", "dossier.bloc.unknown"));
    change.apply(bloc);
    dossier.touch(OffsetDateTime.now(clock));
    return dossier;
  }

  // Another worker's piece and a piece that does not exist get the same answer: no oracle.
  private DossierLink ownLink(WorkerId owner, LinkKind kind, String target) {
    String value = Texts.strip(target);
    if (kind == null || value == null || value.length() > 320) {
      throw refused("target", "dossier.link.unknown");
    }
    boolean own =
        switch (kind) {
          case ENTRY ->
              uuid(value)
                  .map(u ->
                      entries.listOf(owner).stream().anyMatch(e -> e.entryId().value().equals(u)))
                  .orElse(false);
          case FILE -> uuid(value).flatMap(u -> files.find(owner, u)).isPresent();
          case CREDENTIAL -> uuid(value).flatMap(u -> credentials.find(owner, u)).isPresent();
          case SKILL -> Portfolio.skillKeys(entries.listOf(owner)).contains(value);
        };
    if (!own) {
      throw refused("target", "dossier.link.unknown");
    }
    return new DossierLink(kind, value);
  }

  private static Optional<UUID> uuid(String value) {
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static InvalidInputException refused(String field, String rule) {
    return new InvalidInputException(List.of(new Violation(field, rule)));
  }

  /**
   * The worker's portfolio as a dossier sees it: what each link points to, if it still exists. The
   * lookups are built once, as coverage and exports ask about every link of every bloc.
   */
  public static final class Portfolio {

    /** Whether a link counts, and how. */
    public enum State {
      VERIFIED,
      DECLARED,
      GONE
    }

    private final List<Entry> entries;
    private final List<EvidenceFile> files;
    private final List<Credential> credentials;
    // Keyed by the link's kind and target, as linkKey makes them.
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, State> states = new HashMap<>();

    public Portfolio(List<Entry> entries, List<EvidenceFile> files, List<Credential> credentials) {
      this.entries = List.copyOf(entries);
      this.files = List.copyOf(files);
      this.credentials = List.copyOf(credentials);
      for (Entry entry : entries) {
        known(LinkKind.ENTRY, entry.entryId().value().toString(), entry.title(), State.DECLARED);
        for (SkillTag tag : entry.skills()) {
          known(LinkKind.SKILL, skillKey(tag), tag.label(), State.DECLARED);
        }
      }
      for (EvidenceFile file : files) {
        known(LinkKind.FILE, file.id().toString(), file.name(), State.DECLARED);
      }
      for (Credential credential : credentials) {
        known(
            LinkKind.CREDENTIAL,
            credential.id().toString(),
            credential.title(),
            credential.verdict() == Verdict.VERIFIED ? State.VERIFIED : State.DECLARED);
      }
    }

    static Portfolio of(
        WorkerId owner,
        EntryRepository entries,
        EvidenceRepository files,
        CredentialRepository credentials) {
      return new Portfolio(
          entries.listOf(owner), files.ofWorker(owner), credentials.ofWorker(owner));
    }

    // The first piece found under a key names it, as the worker's list shows them.
    private void known(LinkKind kind, String target, String title, State state) {
      String key = linkKey(kind, target);
      if (!states.containsKey(key)) {
        titles.put(key, title);
        states.put(key, state);
      }
    }

    private static String linkKey(LinkKind kind, String target) {
      return kind.name() + "|" + target;
    }

    public List<Entry> entries() {
      return entries;
    }

    public List<EvidenceFile> files() {
      return files;
    }

    public List<Credential> credentials() {
      return credentials;
    }

    /** A skill as a link names it: {@code REFERENTIAL:code}. */
    public static String skillKey(SkillTag tag) {
      return tag.referential().name() + ":" + tag.code();
    }

    static Set<String> skillKeys(List<Entry> entries) {
      return entries.stream()
          .flatMap(e -> e.skills().stream())
          .map(Portfolio::skillKey)
          .collect(Collectors.toSet());
    }

    /** What the worker calls the linked piece, if it still exists. */
    public Optional<String> title(DossierLink link) {
      return Optional.ofNullable(titles.get(linkKey(link.kind(), link.target())));
    }

    public State state(DossierLink link) {
      return states.getOrDefault(linkKey(link.kind(), link.target()), State.GONE);
    }
  }
}
