package org.parcours.portfolio.archive;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parcours.portfolio.credential.Credential;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.experience.Experience;
import org.parcours.portfolio.sharing.AccessRecord;
import org.parcours.portfolio.skill.SkillTag;
import org.parcours.portfolio.training.Training;
import org.parcours.portfolio.vae.Competence;
import org.parcours.portfolio.vae.Dossier;
import org.parcours.portfolio.vae.DossierBloc;
import org.parcours.portfolio.vae.DossierLink;
import org.parcours.portfolio.vae.LinkKind;

/** Writes the manifest as it goes, so an export never holds the whole document in memory. */
final class ManifestWriter {

  private ManifestWriter() {}

  /** Writes to {@code out} and closes it: give a stream whose close leaves the ZIP open. */
  static void write(
      List<Entry> entries,
      List<EvidenceFile> files,
      List<AccessRecord> accessLog,
      List<Credential> credentials,
      List<Dossier> dossiers,
      OffsetDateTime exportedAt,
      OutputStream out) {
    try (JsonGenerator json =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(out)) {
      document(entries, exportedAt, json);
      json.writeStartArray("files");
      for (EvidenceFile f : files) {
        json.writeStartObject()
            .write("id", f.id().toString())
            .write("entryId", f.entry().toString())
            .write("name", f.name())
            .write("mediaType", f.mediaType())
            .write("size", f.size())
            .write("sha256", f.sha256())
            .write("uploadedAt", f.uploadedAt().toString())
            .writeEnd();
      }
      json.writeEnd();
      json.writeStartArray("credentials");
      for (Credential c : credentials) {
        json.writeStartObject()
            .write("sha256", c.originalSha256())
            .write("connector", c.connector())
            .write("format", c.format())
            .write("title", c.title())
            .write("issuer", c.issuer().name())
            .write("verdict", c.verdict().name())
            .write("verifiedAt", c.verifiedAt().toString())
            .write("importedAt", c.importedAt().toString());
        json.writeStartArray("checks");
        c.report()
            .checks()
            .forEach(k ->
                json.writeStartObject()
                    .write("aspect", k.aspect().name())
                    .write("outcome", k.outcome().name())
                    .write("code", k.code())
                    .write("detail", k.detail())
                    .writeEnd());
        json.writeEnd();
        json.writeEnd();
      }
      json.writeEnd();
      dossiers(
          json,
          dossiers,
          credentials.stream()
              .collect(Collectors.toMap(c -> c.id().toString(), Credential::originalSha256)));
      json.writeStartArray("accessLog");
      for (AccessRecord r : accessLog) {
        json.writeStartObject()
            .write("grantId", r.grantId().toString())
            .write("reader", r.reader())
            .write("entries", r.entries())
            .write("readAt", r.readAt().toString())
            .writeEnd();
      }
      json.writeEnd();
      json.writeEnd();
    }
  }

  // Opens the root object and writes the entries; the caller adds files and the access log.
  private static void document(List<Entry> entries, OffsetDateTime exportedAt, JsonGenerator json) {
    json.writeStartObject()
        .write("format", ArchiveFormat.FORMAT)
        .write("version", ArchiveFormat.VERSION)
        .write("exportedAt", exportedAt.toString());
    json.writeStartArray("entries");
    for (Entry entry : entries) {
      json.writeStartObject()
          .write("id", entry.entryId().toString())
          .write("kind", entry.kind().name())
          .write("createdAt", entry.createdAt().toString())
          .write("updatedAt", entry.updatedAt().toString());
      json.writeStartArray("skills");
      for (SkillTag tag : entry.skills()) {
        json.writeStartObject()
            .write("referential", tag.referential().name())
            .write("code", tag.code())
            .write("label", tag.label())
            .writeEnd();
      }
      json.writeEnd();
      switch (entry) {
        case Experience e -> experience(json, e);
        case Training t -> training(json, t);
        default -> throw new IllegalStateException("no export for " + entry.kind());
      }
      json.writeEnd();
    }
    json.writeEnd();
  }

  /**
   * Links name their piece as the archive does, so that an import can find it again: entries and
   * files by their {@code id} here, credentials by the SHA-256 of their original, skills by {@code
   * REFERENTIAL:code}. A piece deleted since keeps its old id, which names nothing in the archive.
   */
  private static void dossiers(
      JsonGenerator json, List<Dossier> dossiers, Map<String, String> credentialNames) {
    json.writeStartArray("dossiers");
    for (Dossier d : dossiers) {
      json.writeStartObject()
          .write("certification", d.certification())
          .write("certificationTitle", d.certificationTitle())
          .write("status", d.status().name())
          .write("createdAt", d.createdAt().toString())
          .write("updatedAt", d.updatedAt().toString());
      json.writeStartArray("blocs");
      for (DossierBloc b : d.blocs()) {
        json.writeStartObject()
            .write("code", b.code())
            .write("label", b.label())
            .write("targeted", b.targeted());
        optional(json, "narrative", b.narrative());
        json.writeStartArray("competences");
        List<Competence> competences = b.competences();
        for (int i = 0; i < competences.size(); i++) {
          json.writeStartObject().write("index", i).write("label", competences.get(i).label());
          competences.get(i).assessment().ifPresent(a -> json.write("assessment", a.name()));
          json.writeEnd();
        }
        json.writeEnd();
        json.writeStartArray("links");
        b.links().stream()
            .sorted(Comparator.comparing(DossierLink::kind).thenComparing(DossierLink::target))
            .forEach(l ->
                json.writeStartObject()
                    .write("kind", l.kind().name())
                    .write(
                        "target",
                        l.kind() == LinkKind.CREDENTIAL
                            ? credentialNames.getOrDefault(l.target(), l.target())
                            : l.target())
                    .writeEnd());
        json.writeEnd();
        json.writeEnd();
      }
      json.writeEnd();
      json.writeEnd();
    }
    json.writeEnd();
  }

  private static void experience(JsonGenerator json, Experience e) {
    json.writeStartObject("experience")
        .write("activity", e.activity().name())
        .write("title", e.title());
    optional(json, "employer", e.employer());
    optional(json, "place", e.place());
    json.write("startDate", e.startDate().toString());
    optional(json, "endDate", e.endDate().map(LocalDate::toString));
    optional(json, "tasks", e.tasks());
    optional(json, "description", e.description());
    json.writeEnd();
  }

  private static void training(JsonGenerator json, Training t) {
    json.writeStartObject("training").write("title", t.title());
    optional(json, "organisation", t.organisation());
    optional(json, "place", t.place());
    json.write("startDate", t.startDate().toString());
    optional(json, "endDate", t.endDate().map(LocalDate::toString));
    t.hours().ifPresent(h -> json.write("hours", h));
    optional(json, "outcome", t.outcome());
    optional(json, "description", t.description());
    json.writeEnd();
  }

  private static void optional(JsonGenerator json, String name, Optional<String> value) {
    value.ifPresent(v -> json.write(name, v));
  }
}
