package org.parcours.portal.catalogue.geo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.parcours.portfolio.catalogue.Place;

/**
 * The communes of the open-data postal-code base ({@code communes/communes-departement-region.csv}
 * under the data folder), read as found: semicolon-separated, leading zeros dropped from postal and
 * département codes, some rows without coordinates or région. The file has no INSEE code, so
 * communes are found by postal code or by name.
 */
public final class Communes {

  public static final Path FILE = Path.of("communes", "communes-departement-region.csv");
  public static final int PICKER_MAX = 50;

  private final List<Commune> all;
  private final Map<String, List<Commune>> byPostalCode = new HashMap<>();
  // Folded names in order, for prefix search by binary search.
  private final String[] foldedNames;
  private final Commune[] sortedByName;

  private Communes(List<Commune> communes) {
    this.all = List.copyOf(communes);
    for (Commune c : all) {
      byPostalCode.computeIfAbsent(c.postalCode(), k -> new ArrayList<>(1)).add(c);
    }
    sortedByName = all.toArray(Commune[]::new);
    Arrays.sort(sortedByName, Comparator.comparing((Commune c) -> fold(c.name())));
    foldedNames = Arrays.stream(sortedByName).map(c -> fold(c.name())).toArray(String[]::new);
  }

  /** The communes of the file under the data folder. */
  public static Communes load(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the communes file " + file + " (set PARCOURS_DATA_DIR; see docs)", e);
    }
  }

  /** The communes of a file in the format of the postal-code base. */
  public static Communes read(Reader in) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<Commune> communes = new ArrayList<>(40_000);
    for (CSVRecord row : format.parse(in)) {
      Commune commune = commune(row);
      if (commune != null) {
        communes.add(commune);
      }
    }
    return new Communes(communes);
  }

  // Null for the rows that cannot be a commune (no name, or a département code that is not one).
  private static Commune commune(CSVRecord row) {
    String name = value(row, "nom_commune_complet");
    if (name == null) {
      name = value(row, "nom_commune");
    }
    String postal = value(row, "code_postal");
    if (name == null || postal == null) {
      return null;
    }
    String department;
    try {
      department = Place.normalDepartment(value(row, "code_departement"));
    } catch (IllegalArgumentException notOne) {
      return null;
    }
    if (department == null) {
      return null;
    }
    Double latitude = number(value(row, "latitude"));
    Double longitude = number(value(row, "longitude"));
    if (latitude == null || longitude == null) {
      latitude = null;
      longitude = null;
    }
    return new Commune(
        "0".repeat(Math.max(0, 5 - postal.length())) + postal,
        name,
        department,
        value(row, "nom_departement"),
        value(row, "nom_region"),
        latitude,
        longitude);
  }

  private static String value(CSVRecord row, String column) {
    if (!row.isMapped(column) || !row.isSet(column)) {
      return null;
    }
    String v = row.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static Double number(String s) {
    if (s == null) {
      return null;
    }
    try {
      return Double.valueOf(s.replace(',', '.'));
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** Every commune, in file order. */
  public List<Commune> all() {
    return all;
  }

  /** The communes of a postal code ({@code 1400} and {@code 01400} alike); empty if none. */
  public List<Commune> byPostalCode(String postalCode) {
    if (postalCode == null || postalCode.isBlank()) {
      return List.of();
    }
    String code = postalCode.strip();
    code = "0".repeat(Math.max(0, 5 - code.length())) + code;
    return List.copyOf(byPostalCode.getOrDefault(code, List.of()));
  }

  /**
   * For a commune picker: communes whose name starts with {@code prefix}, ignoring case, accents,
   * hyphens and apostrophes ({@code "st etienne"} does not find Saint-Étienne, {@code "saint
   * etienne"} does), shortest names first, at most {@code limit} (capped at {@value #PICKER_MAX}).
   */
  public List<Commune> byNamePrefix(String prefix, int limit) {
    String folded = fold(prefix == null ? "" : prefix);
    if (folded.isEmpty() || limit <= 0) {
      return List.of();
    }
    int max = Math.min(limit, PICKER_MAX);
    int from = Arrays.binarySearch(foldedNames, folded);
    if (from < 0) {
      from = -from - 1;
    }
    List<Commune> found = new ArrayList<>();
    for (int i = from; i < foldedNames.length && foldedNames[i].startsWith(folded); i++) {
      found.add(sortedByName[i]);
    }
    found.sort(Comparator.comparingInt((Commune c) -> c.name().length()));
    return List.copyOf(found.subList(0, Math.min(max, found.size())));
  }

  /** The région names found in the file, in alphabetical order. */
  public List<String> regionNames() {
    TreeSet<String> regions = new TreeSet<>();
    for (Commune c : all) {
      if (c.regionName() != null) {
        regions.add(c.regionName());
      }
    }
    return List.copyOf(regions);
  }

  static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
  }
}
