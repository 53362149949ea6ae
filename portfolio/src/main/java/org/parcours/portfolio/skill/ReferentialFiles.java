package org.parcours.portfolio.skill;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the skill referentials from the official open-data files, as published (see
 * docs/operations.md for where each comes from). A missing file leaves its referential empty and is
 * logged; the others still load.
 */
public final class ReferentialFiles {

  static final Path ESCO = Path.of("esco", "skills_fr.csv");
  static final Path ROME = Path.of("rome4", "unix_referentiel_competence_v460_utf8.csv");
  static final Path PIX = Path.of("pix", "profile-jsonapi-2017-5-areas-16-competences.json");
  static final Path RNCP = Path.of("rncp", "export_fiches_CSV_Blocs_De_Competences_2024_01_17.csv");

  private static final Logger LOG = Logger.getLogger(ReferentialFiles.class.getName());

  private ReferentialFiles() {}

  /** Every referential found under {@code dataDir}. */
  public static SkillCatalogue load(Path dataDir) {
    List<SkillCatalogue.Labelled> skills = new ArrayList<>(70_000);
    read(dataDir.resolve(ESCO), path -> esco(path, skills));
    read(dataDir.resolve(ROME), path -> rome(path, skills));
    read(dataDir.resolve(PIX), path -> pix(path, skills));
    read(dataDir.resolve(RNCP), path -> rncp(path, skills));
    SkillCatalogue catalogue = new SkillCatalogue(skills);
    LOG.info(() -> "Skill referentials loaded from " + dataDir + ": " + catalogue.counts());
    return catalogue;
  }

  private static void read(Path file, Consumer<Path> reader) {
    if (!Files.isReadable(file)) {
      LOG.warning(
          () -> "Skill referential file missing: " + file + " (set PARCOURS_DATA_DIR; see docs)");
      return;
    }
    reader.accept(file);
  }

  // ESCO: conceptUri, preferredLabel, altLabels (one per line inside the field).
  private static void esco(Path file, List<SkillCatalogue.Labelled> out) {
    csv(
        file,
        ',',
        row -> {
          List<String> synonyms = List.of(row.get("altLabels").split("\n"));
          Skill skill =
              new Skill(Referential.ESCO, row.get("conceptUri"), row.get("preferredLabel"), null);
          out.add(new SkillCatalogue.Labelled(skill, synonyms));
        });
  }

  // ROME 4.0: code_ogr, libelle_competence, cat_comp (savoir-faire, savoir-être professionnel...).
  private static void rome(Path file, List<SkillCatalogue.Labelled> out) {
    csv(
        file,
        ',',
        row -> {
          Skill skill =
              new Skill(
                  Referential.ROME,
                  row.get("code_ogr"),
                  row.get("libelle_competence"),
                  row.get("cat_comp"));
          out.add(new SkillCatalogue.Labelled(skill, List.of()));
        });
  }

  // RNCP: Numero_Fiche; Bloc_Competences_Code; Bloc_Competences_Libelle (labels span lines).
  private static void rncp(Path file, List<SkillCatalogue.Labelled> out) {
    csv(
        file,
        ';',
        row -> {
          String label = row.get("Bloc_Competences_Libelle").strip().replaceAll("\\s+", " ");
          Skill skill =
              new Skill(
                  Referential.RNCP,
                  row.get("Bloc_Competences_Code").strip(),
                  label,
                  row.get("Numero_Fiche").strip());
          out.add(new SkillCatalogue.Labelled(skill, List.of(skill.code())));
        });
  }

  // Pix: a JSON:API document whose "included" holds the 5 areas and the 16 competences.
  private static void pix(Path file, List<SkillCatalogue.Labelled> out) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonReader json = Json.createReader(in)) {
      Map<String, String> areas = new HashMap<>();
      List<JsonObject> competences = new ArrayList<>();
      for (JsonValue value : json.readObject().getJsonArray("included")) {
        JsonObject item = value.asJsonObject();
        switch (item.getString("type")) {
          case "areas" -> areas.put(item.getString("id"), attribute(item, "name"));
          case "competences" -> competences.add(item);
          default -> {}
        }
      }
      for (JsonObject c : competences) {
        JsonValue areaIds =
            c.getJsonObject("relationships").getJsonObject("area").getJsonObject("data").get("id");
        String areaId =
            areaIds.getValueType() == JsonValue.ValueType.ARRAY
                ? areaIds.asJsonArray().getString(0)
                : ((JsonString) areaIds).getString();
        String label = attribute(c, "index") + " " + attribute(c, "name");
        Skill skill = new Skill(Referential.PIX, c.getString("id"), label, areas.get(areaId));
        out.add(new SkillCatalogue.Labelled(skill, List.of()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String attribute(JsonObject item, String name) {
    return item.getJsonObject("attributes").getString(name);
  }

  private static void csv(Path file, char delimiter, Consumer<CSVRecord> each) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(in)) {
        each.accept(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
