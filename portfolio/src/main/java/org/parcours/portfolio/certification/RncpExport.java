package org.parcours.portfolio.certification;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.parcours.portfolio.shared.Texts;

/**
 * Reads France Compétences' daily RNCP export, the CSV files of {@code
 * export-fiches-csv-<date>.zip} as published on data.gouv.fr (see docs/operations.md). Files are
 * found by name pattern, since the export dates each file; when several exports lie side by side,
 * the newest name wins. A missing file is logged and leaves its part out: without the blocs file
 * the catalogue is empty, without the Standard file titles, levels and active flags are unknown.
 */
final class RncpExport {

  // The official name is "Blocs_De_Compétences"; copies are often renamed without the accent.
  static final String BLOCS = "export_fiches_CSV_Blocs_De_Comp*tences_*.csv";
  static final String CERTIFIERS = "export_fiches_CSV_Certificateurs_*.csv";
  static final String SUCCESSIONS = "export_fiches_CSV_Ancienne_Nouvelle_Certification_*.csv";
  static final String STANDARD = "export_fiches_CSV_Standard_*.csv";

  // The Standard file and the successions also list RS fiches (the Répertoire spécifique), which
  // have no blocs and cannot be the target of a VAE.
  private static final Pattern RNCP_NUMBER = Pattern.compile("RNCP\\d+");
  private static final Logger LOG = Logger.getLogger(RncpExport.class.getName());

  private final Map<String, List<Bloc>> blocs = new HashMap<>();
  private final Map<String, Set<String>> certifiers = new HashMap<>();
  private final Map<String, Set<String>> successors = new HashMap<>();
  private final Map<String, Standard> standards = new HashMap<>();

  private RncpExport() {}

  /** Every RNCP certification that has blocs or a Standard line, in number order. */
  static List<Certification> read(Path folder) {
    RncpExport export = new RncpExport();
    export.readFile(folder, BLOCS, export::bloc);
    export.readFile(folder, CERTIFIERS, export::certifier);
    export.readFile(folder, SUCCESSIONS, export::succession);
    export.readFile(folder, STANDARD, export::standard);
    return export.certifications();
  }

  private record Standard(String title, String level, Boolean active) {}

  // Numero_Fiche; Bloc_Competences_Code; Bloc_Competences_Libelle (labels may span lines).
  private void bloc(CSVRecord row) {
    String number = row.get("Numero_Fiche").strip();
    Bloc bloc =
        Bloc.of(row.get("Bloc_Competences_Code").strip(), row.get("Bloc_Competences_Libelle"));
    blocs.computeIfAbsent(number, n -> new ArrayList<>()).add(bloc);
  }

  // Numero_Fiche; Siret_Certificateur (with a leading tab, unused); Nom_Certificateur. A body may
  // appear twice under two SIRET numbers.
  private void certifier(CSVRecord row) {
    String name = Texts.oneLine(row.get("Nom_Certificateur"));
    if (!name.isEmpty()) {
      certifiers
          .computeIfAbsent(row.get("Numero_Fiche").strip(), n -> new LinkedHashSet<>())
          .add(name);
    }
  }

  // Numero_Fiche; Ancienne_Certification; Nouvelle_Certification: each line links the fiche to one
  // older or one newer fiche; only the newer ones matter to a worker.
  private void succession(CSVRecord row) {
    String newer = row.get("Nouvelle_Certification").strip();
    if (!newer.isEmpty()) {
      successors
          .computeIfAbsent(row.get("Numero_Fiche").strip(), n -> new LinkedHashSet<>())
          .add(newer);
    }
  }

  // Id_Fiche; Numero_Fiche; Intitule; ...; Nomenclature_Europe_Niveau (NIV3..NIV8); ...; Actif
  // (ACTIVE or INACTIVE). The columns are named in the test that writes such a file.
  private void standard(CSVRecord row) {
    Boolean active =
        switch (row.get("Actif").strip()) {
          case "ACTIVE" -> Boolean.TRUE;
          case "INACTIVE" -> Boolean.FALSE;
          default -> null;
        };
    standards.put(
        row.get("Numero_Fiche").strip(),
        new Standard(
            Texts.strip(Texts.oneLine(row.get("Intitule"))),
            Texts.strip(row.get("Nomenclature_Europe_Niveau")),
            active));
  }

  private List<Certification> certifications() {
    Set<String> numbers = new TreeSet<>(CertificationCatalogue.NUMBER_ORDER);
    numbers.addAll(blocs.keySet());
    numbers.addAll(standards.keySet());
    numbers.removeIf(number -> !RNCP_NUMBER.matcher(number).matches());
    List<Certification> certifications = new ArrayList<>(numbers.size());
    for (String number : numbers) {
      Standard standard = standards.getOrDefault(number, new Standard(null, null, null));
      List<Bloc> ordered = new ArrayList<>(blocs.getOrDefault(number, List.of()));
      ordered.sort(Comparator.comparing(Bloc::code, CertificationCatalogue.NUMBER_ORDER));
      certifications.add(
          new Certification(
              number,
              standard.title(),
              standard.level(),
              standard.active(),
              List.copyOf(certifiers.getOrDefault(number, Set.of())),
              List.copyOf(successors.getOrDefault(number, Set.of())),
              ordered));
    }
    return certifications;
  }

  private void readFile(Path folder, String pattern, Consumer<CSVRecord> each) {
    Optional<Path> file = newest(folder, pattern);
    if (file.isEmpty()) {
      LOG.warning(() ->
          "RNCP export file missing: no "
              + pattern
              + " in "
              + folder
              + (pattern.equals(STANDARD) ? ", so certifications have no title" : "")
              + " (set PARCOURS_DATA_DIR; see docs/operations.md)");
      return;
    }
    LOG.info(() -> "Reading the RNCP export file " + file.get());
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();
    try (Reader in = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(in)) {
        each.accept(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Path> newest(Path folder, String pattern) {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, pattern)) {
      files.forEach(found::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Names end with the export date (_2024_01_17), so the greatest name is the newest export.
    return found.stream().max(Comparator.comparing(path -> path.getFileName().toString()));
  }
}
