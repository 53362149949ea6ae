package org.parcours.portfolio.archive;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parcours.portfolio.experience.Activity;
import org.parcours.portfolio.experience.ExperienceDraft;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Texts;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.skill.Referential;
import org.parcours.portfolio.skill.SkillTag;
import org.parcours.portfolio.training.TrainingDraft;
import org.parcours.portfolio.vae.Assessment;
import org.parcours.portfolio.vae.DossierCopy;
import org.parcours.portfolio.vae.DossierCopy.BlocCopy;
import org.parcours.portfolio.vae.DossierCopy.CompetenceCopy;
import org.parcours.portfolio.vae.DossierLink;
import org.parcours.portfolio.vae.DossierService;
import org.parcours.portfolio.vae.DossierStatus;
import org.parcours.portfolio.vae.LinkKind;

/**
 * Reads a manifest as hostile input: every value is checked by the same rules as the API, and every
 * problem is reported with where it is ({@code entries[3].experience.title}).
 */
final class ManifestReader {

  private static final int CODE_MAX = 300;
  private static final int LABEL_MAX = 1000;

  // The widths of a dossier's columns (V7_1__vae_dossier.sql).
  private static final int CERTIFICATION_MAX = 16;
  private static final int CERTIFICATION_TITLE_MAX = 600;
  private static final int BLOC_CODE_MAX = 24;
  private static final int BLOC_LABEL_MAX = 2000;
  private static final int LINK_TARGET_MAX = 320;

  private final List<Violation> violations = new ArrayList<>();
  private final LocalDate today;

  private ManifestReader(LocalDate today) {
    this.today = today;
  }

  /**
   * What a manifest holds: the entries, the files attached to them, the credentials, and the VAE
   * dossiers with their links as the archive names the pieces (see {@link ManifestWriter}).
   */
  record Imported(
      List<ImportedEntry> entries,
      List<ImportedFile> files,
      List<ImportedCredential> credentials,
      List<DossierCopy> dossiers) {}

  static Imported read(byte[] manifest, LocalDate today) {
    return new ManifestReader(today).portfolio(manifest);
  }

  private Imported portfolio(byte[] manifest) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(manifest))) {
      root = reader.readObject();
    } catch (JsonException | ClassCastException e) {
      throw refused("manifest", "archive.manifest.malformed");
    }
    if (!ArchiveFormat.FORMAT.equals(text(root, "format"))) {
      throw refused("manifest.format", "archive.manifest.notParcours");
    }
    if (!(root.get("version") instanceof JsonNumber version)
        || version.intValue() != ArchiveFormat.VERSION) {
      throw refused("manifest.version", "archive.manifest.unsupportedVersion");
    }
    if (!(root.get("entries") instanceof JsonArray array)) {
      throw refused("manifest.entries", "archive.manifest.malformed");
    }
    if (array.size() > ArchiveFormat.MAX_PORTFOLIO_ENTRIES) {
      throw refused("manifest.entries", "archive.manifest.tooManyEntries");
    }
    List<ImportedEntry> entries = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = "entries[" + i + "]";
      if (array.get(i) instanceof JsonObject entry) {
        ImportedEntry read = entry(entry, at);
        if (read != null) {
          entries.add(read);
        }
      } else {
        violations.add(new Violation(at, "archive.manifest.malformed"));
      }
    }
    List<ImportedFile> files = files(root, entries);
    List<ImportedCredential> credentials = credentials(root);
    List<DossierCopy> dossiers = dossiers(root);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new Imported(entries, files, credentials, dossiers);
  }

  private List<ImportedFile> files(JsonObject root, List<ImportedEntry> entries) {
    List<ImportedFile> files = new ArrayList<>();
    if (root.get("files") == null) {
      return files;
    }
    if (!(root.get("files") instanceof JsonArray array)) {
      violations.add(new Violation("files", "archive.manifest.malformed"));
      return files;
    }
    Set<String> ids = new HashSet<>();
    entries.forEach(e -> ids.add(e.originalId()));
    for (int i = 0; i < array.size(); i++) {
      String at = "files[" + i + "]";
      if (!(array.get(i) instanceof JsonObject f)
          || !(f.get("size") instanceof JsonNumber size)
          || text(f, "name") == null
          || text(f, "sha256") == null
          || !ArchiveFormat.FILE_NAME.matcher("files/" + text(f, "sha256")).matches()
          || !ids.contains(text(f, "entryId"))) {
        violations.add(new Violation(at, "archive.manifest.badFile"));
        continue;
      }
      files.add(
          new ImportedFile(
              text(f, "id"),
              text(f, "entryId"),
              text(f, "name"),
              text(f, "sha256"),
              size.longValue()));
    }
    return files;
  }

  private List<ImportedCredential> credentials(JsonObject root) {
    List<ImportedCredential> credentials = new ArrayList<>();
    if (root.get("credentials") == null) {
      return credentials;
    }
    if (!(root.get("credentials") instanceof JsonArray array)) {
      violations.add(new Violation("credentials", "archive.manifest.malformed"));
      return credentials;
    }
    for (int i = 0; i < array.size(); i++) {
      String at = "credentials[" + i + "]";
      if (!(array.get(i) instanceof JsonObject c)
          || text(c, "sha256") == null
          || !ArchiveFormat.CREDENTIAL_NAME.matcher("credentials/" + text(c, "sha256")).matches()) {
        violations.add(new Violation(at, "archive.manifest.badCredential"));
        continue;
      }
      credentials.add(new ImportedCredential(text(c, "sha256")));
    }
    return credentials;
  }

  private List<DossierCopy> dossiers(JsonObject root) {
    List<DossierCopy> dossiers = new ArrayList<>();
    if (root.get("dossiers") == null) {
      return dossiers;
    }
    if (!(root.get("dossiers") instanceof JsonArray array)) {
      violations.add(new Violation("dossiers", "archive.manifest.malformed"));
      return dossiers;
    }
    // The account is empty, so the archive alone must keep within what one worker may have.
    if (array.size() > DossierService.DOSSIERS_MAX) {
      throw refused("manifest.dossiers", "archive.manifest.tooManyDossiers");
    }
    Set<String> active = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      String at = "dossiers[" + i + "]";
      if (!(array.get(i) instanceof JsonObject d)) {
        violations.add(new Violation(at, "archive.manifest.malformed"));
        continue;
      }
      DossierCopy read = dossier(d, at);
      if (read == null) {
        continue;
      }
      // One active dossier per certification, as the API keeps it.
      if (read.status() == DossierStatus.ACTIVE && !active.add(read.certification())) {
        violations.add(new Violation(at + ".status", "archive.manifest.badDossier"));
      }
      dossiers.add(read);
    }
    return dossiers;
  }

  private DossierCopy dossier(JsonObject d, String at) {
    int before = violations.size();
    String certification = Texts.strip(text(d, "certification"));
    if (certification == null || certification.length() > CERTIFICATION_MAX) {
      violations.add(new Violation(at + ".certification", "archive.manifest.noCertification"));
    }
    String title = text(d, "certificationTitle");
    if (title == null || title.length() > CERTIFICATION_TITLE_MAX) {
      violations.add(new Violation(at + ".certificationTitle", "archive.manifest.badDossier"));
    }
    DossierStatus status = named(DossierStatus.class, text(d, "status"));
    if (status == null) {
      violations.add(new Violation(at + ".status", "archive.manifest.badDossier"));
    }
    OffsetDateTime created = instant(d, "createdAt", at);
    OffsetDateTime updated = instant(d, "updatedAt", at);
    List<BlocCopy> blocs = blocs(d, at);
    return violations.size() > before
        ? null
        : new DossierCopy(certification, title, status, created, updated, blocs);
  }

  private List<BlocCopy> blocs(JsonObject d, String at) {
    List<BlocCopy> blocs = new ArrayList<>();
    if (!(d.get("blocs") instanceof JsonArray array) || array.isEmpty()) {
      violations.add(new Violation(at + ".blocs", "archive.manifest.badDossier"));
      return blocs;
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      String where = at + ".blocs[" + i + "]";
      if (!(array.get(i) instanceof JsonObject b)) {
        violations.add(new Violation(where, "archive.manifest.malformed"));
        continue;
      }
      String code = Texts.strip(text(b, "code"));
      if (code == null || code.length() > BLOC_CODE_MAX || !codes.add(code)) {
        violations.add(new Violation(where + ".code", "archive.manifest.badDossier"));
      }
      String label = text(b, "label");
      if (label == null || label.length() > BLOC_LABEL_MAX) {
        violations.add(new Violation(where + ".label", "archive.manifest.badDossier"));
      }
      ValueType targeted = b.containsKey("targeted") ? b.get("targeted").getValueType() : null;
      if (targeted != ValueType.TRUE && targeted != ValueType.FALSE) {
        violations.add(new Violation(where + ".targeted", "archive.manifest.badDossier"));
      }
      String narrative = Texts.strip(text(b, "narrative"));
      if (narrative != null && narrative.length() > DossierService.NARRATIVE_MAX) {
        violations.add(new Violation(where + ".narrative", "dossier.narrative.tooLong"));
      }
      List<CompetenceCopy> competences = competences(b, where);
      Set<DossierLink> links = links(b, where);
      if (code != null && label != null) {
        blocs.add(
            new BlocCopy(code, label, targeted == ValueType.TRUE, narrative, competences, links));
      }
    }
    return blocs;
  }

  // Each competence says its index, so one lost or moved cannot take another's assessment.
  private List<CompetenceCopy> competences(JsonObject b, String at) {
    List<CompetenceCopy> competences = new ArrayList<>();
    if (b.get("competences") == null) {
      return competences;
    }
    if (!(b.get("competences") instanceof JsonArray array)) {
      violations.add(new Violation(at + ".competences", "archive.manifest.malformed"));
      return competences;
    }
    for (int i = 0; i < array.size(); i++) {
      String where = at + ".competences[" + i + "]";
      if (!(array.get(i) instanceof JsonObject c)) {
        violations.add(new Violation(where, "archive.manifest.malformed"));
        continue;
      }
      String label = text(c, "label");
      JsonValue given = c.get("assessment");
      Assessment assessment = named(Assessment.class, text(c, "assessment"));
      boolean unassessed = given == null || given.getValueType() == ValueType.NULL;
      // compareTo, not an exact integer: 1e999999999 must not be expanded to compare it.
      if (!(c.get("index") instanceof JsonNumber index)
          || index.bigDecimalValue().compareTo(BigDecimal.valueOf(i)) != 0
          || label == null
          || label.length() > BLOC_LABEL_MAX
          || (assessment == null && !unassessed)) {
        violations.add(new Violation(where, "archive.manifest.badCompetence"));
        continue;
      }
      competences.add(new CompetenceCopy(label, assessment));
    }
    return competences;
  }

  private Set<DossierLink> links(JsonObject b, String at) {
    Set<DossierLink> links = new HashSet<>();
    if (b.get("links") == null) {
      return links;
    }
    if (!(b.get("links") instanceof JsonArray array)) {
      violations.add(new Violation(at + ".links", "archive.manifest.malformed"));
      return links;
    }
    if (array.size() > DossierService.LINKS_PER_BLOC_MAX) {
      violations.add(new Violation(at + ".links", "dossier.link.tooMany"));
      return links;
    }
    for (int i = 0; i < array.size(); i++) {
      String where = at + ".links[" + i + "]";
      if (!(array.get(i) instanceof JsonObject l)) {
        violations.add(new Violation(where, "archive.manifest.malformed"));
        continue;
      }
      LinkKind kind = named(LinkKind.class, text(l, "kind"));
      String target = Texts.strip(text(l, "target"));
      if (kind == null) {
        violations.add(new Violation(where + ".kind", "archive.manifest.badLink"));
      } else if (target == null || target.length() > LINK_TARGET_MAX) {
        violations.add(new Violation(where + ".target", "archive.manifest.badLink"));
      } else {
        links.add(new DossierLink(kind, target));
      }
    }
    return links;
  }

  private ImportedEntry entry(JsonObject entry, String at) {
    OffsetDateTime created = instant(entry, "createdAt", at);
    OffsetDateTime updated = instant(entry, "updatedAt", at);
    List<SkillTag> skills = skills(entry, at);
    String kind = text(entry, "kind");
    String id = text(entry, "id");
    try {
      if ("EXPERIENCE".equals(kind) && entry.get("experience") instanceof JsonObject e) {
        ExperienceDraft draft = experience(e, at + ".experience");
        return draft == null ? null : new ImportedEntry(id, created, updated, skills, draft, null);
      }
      if ("TRAINING".equals(kind) && entry.get("training") instanceof JsonObject t) {
        TrainingDraft draft = training(t, at + ".training");
        return draft == null ? null : new ImportedEntry(id, created, updated, skills, null, draft);
      }
    } catch (InvalidInputException e) {
      String part = at + "." + kind.toLowerCase(Locale.ROOT) + ".";
      e.violations().forEach(v -> violations.add(new Violation(part + v.field(), v.rule())));
      return null;
    }
    violations.add(new Violation(at + ".kind", "archive.manifest.unknownKind"));
    return null;
  }

  private ExperienceDraft experience(JsonObject e, String at) {
    Activity activity = null;
    String name = text(e, "activity");
    if (name != null) {
      try {
        activity = Activity.valueOf(name);
      } catch (IllegalArgumentException unknown) {
        violations.add(new Violation(at + ".activity", "archive.manifest.malformed"));
        return null;
      }
    }
    return new ExperienceDraft(
            activity,
            text(e, "title"),
            text(e, "employer"),
            text(e, "place"),
            date(e, "startDate", at),
            date(e, "endDate", at),
            text(e, "tasks"),
            text(e, "description"))
        .validated(today);
  }

  private TrainingDraft training(JsonObject t, String at) {
    Integer hours = t.get("hours") instanceof JsonNumber n && n.isIntegral() ? n.intValue() : null;
    return new TrainingDraft(
            text(t, "title"),
            text(t, "organisation"),
            text(t, "place"),
            date(t, "startDate", at),
            date(t, "endDate", at),
            hours,
            text(t, "outcome"),
            text(t, "description"))
        .validated(today);
  }

  private List<SkillTag> skills(JsonObject entry, String at) {
    List<SkillTag> skills = new ArrayList<>();
    if (!(entry.get("skills") instanceof JsonArray array)) {
      return skills;
    }
    for (int i = 0; i < array.size(); i++) {
      String where = at + ".skills[" + i + "]";
      if (!(array.get(i) instanceof JsonObject s)) {
        violations.add(new Violation(where, "archive.manifest.malformed"));
        continue;
      }
      String code = text(s, "code");
      String label = text(s, "label");
      Referential referential = named(Referential.class, text(s, "referential"));
      if (referential == null
          || code == null
          || code.length() > CODE_MAX
          || label == null
          || label.length() > LABEL_MAX) {
        violations.add(new Violation(where, "archive.manifest.badSkill"));
      } else {
        skills.add(new SkillTag(referential, code, label));
      }
    }
    return skills;
  }

  /** The constant of that name, or {@code null} for none or an unknown one. */
  private static <E extends Enum<E>> E named(Class<E> type, String name) {
    try {
      return name == null ? null : Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private OffsetDateTime instant(JsonObject o, String name, String at) {
    String text = text(o, name);
    try {
      return text == null ? null : OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      violations.add(new Violation(at + "." + name, "archive.manifest.badDate"));
      return null;
    }
  }

  private LocalDate date(JsonObject o, String name, String at) {
    String text = text(o, name);
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      violations.add(new Violation(at + "." + name, "archive.manifest.badDate"));
      return null;
    }
  }

  private static String text(JsonObject o, String name) {
    JsonValue value = o.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }

  static InvalidInputException refused(String field, String rule) {
    return new InvalidInputException(List.of(new Violation(field, rule)));
  }
}
