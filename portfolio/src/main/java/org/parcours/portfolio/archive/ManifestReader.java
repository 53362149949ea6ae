package org.parcours.portfolio.archive;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
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
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.skill.Referential;
import org.parcours.portfolio.skill.SkillTag;
import org.parcours.portfolio.training.TrainingDraft;

/**
 * Reads a manifest as hostile input: every value is checked by the same rules as the API, and every
 * problem is reported with where it is ({@code entries[3].experience.title}).
 */
final class ManifestReader {

  private static final int CODE_MAX = 300;
  private static final int LABEL_MAX = 1000;

  private final List<Violation> violations = new ArrayList<>();
  private final LocalDate today;

  private ManifestReader(LocalDate today) {
    this.today = today;
  }

  /** What a manifest holds: the entries, and the files attached to them. */
  record Imported(
      List<ImportedEntry> entries,
      List<ImportedFile> files,
      List<ImportedCredential> credentials) {}

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
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new Imported(entries, files, credentials);
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
              text(f, "entryId"), text(f, "name"), text(f, "sha256"), size.longValue()));
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
      Referential referential = referential(text(s, "referential"));
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

  private static Referential referential(String name) {
    try {
      return name == null ? null : Referential.valueOf(name);
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
