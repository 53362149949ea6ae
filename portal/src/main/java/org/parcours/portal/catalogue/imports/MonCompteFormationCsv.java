package org.parcours.portal.catalogue.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.parcours.portal.catalogue.geo.Regions;
import org.parcours.portfolio.catalogue.Modality;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.catalogue.Place;

/**
 * CSV in the column set of the MonCompteFormation open-data catalogue (Caisse des Dépôts, dataset
 * {@code moncompteformation_catalogueformation}; see {@code catalogue-offres/SOURCE.md}),
 * semicolon-separated as the Opendatasoft export writes it, read or written. One row is one
 * training: the dataset knows its département and région, not its commune, and has no session
 * dates, so imported offers are placed at département level. Every offer of that catalogue is CPF
 * eligible.
 */
public final class MonCompteFormationCsv {

  /** The official columns, in the order of the export; {@code code_rome_1..3} are in later ones. */
  public static final List<String> COLUMNS =
      List.of(
          "date_extract",
          "nom_of",
          "nom_departement",
          "nom_region",
          "type_referentiel",
          "code_inventaire",
          "code_rncp",
          "intitule_certification",
          "libelle_niveau_sortie_formation",
          "code_formacode_1",
          "code_formacode_2",
          "code_formacode_3",
          "code_formacode_4",
          "code_formacode_5",
          "libelle_code_formacode_principal",
          "libelle_nsf_1",
          "libelle_nsf_2",
          "libelle_nsf_3",
          "code_nsf_1",
          "code_nsf_2",
          "code_nsf_3",
          "code_certifinfo",
          "siret",
          "numero_formation",
          "intitule_formation",
          "points_forts",
          "nb_action",
          "nb_session_active",
          "nb_session_a_distance",
          "nombre_heures_total_min",
          "nombre_heures_total_max",
          "nombre_heures_total_mean",
          "frais_ttc_tot_min",
          "frais_ttc_tot_max",
          "frais_ttc_tot_mean",
          "code_departement",
          "code_region",
          "nbaction_nbheures",
          "coderegion_export",
          "code_rome_1",
          "code_rome_2",
          "code_rome_3");

  /** The columns an import cannot do without. */
  public static final List<String> REQUIRED =
      List.of(
          "nom_of",
          "siret",
          "numero_formation",
          "intitule_formation",
          "type_referentiel",
          "code_rncp",
          "code_inventaire",
          "nb_session_active",
          "nb_session_a_distance",
          "nombre_heures_total_mean",
          "frais_ttc_tot_mean",
          "code_departement",
          "nom_region");

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator('\n').get();

  private MonCompteFormationCsv() {}

  /**
   * Reads at most {@code maxRows} rows (the rest is reported, not read).
   *
   * @param partnerId the partner who publishes these offers; null for a whole-catalogue import, in
   *     which each organisation (by SIRET) is its own partner
   */
  public static ImportReport read(Reader in, UUID partnerId, Instant importedAt, int maxRows)
      throws IOException {
    Objects.requireNonNull(importedAt, "importedAt");
    List<Offer> offers = new ArrayList<>();
    List<ImportReport.Problem> problems = new ArrayList<>();
    CSVFormat format =
        FORMAT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
    CSVParser parser;
    try {
      parser = CSVParser.parse(in, format);
    } catch (IllegalArgumentException | UncheckedIOException unreadable) {
      return new ImportReport(
          List.of(),
          List.of(
              new ImportReport.Problem(
                  1, "The header line is unreadable: " + unreadable.getMessage())),
          false);
    }
    try (parser) {
      List<String> missing =
          REQUIRED.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
      if (missing.isEmpty() && parser.getHeaderMap().isEmpty()) {
        missing = REQUIRED;
      }
      if (!missing.isEmpty()) {
        return new ImportReport(
            List.of(),
            List.of(
                new ImportReport.Problem(
                    1,
                    "The header line lacks the column(s) "
                        + String.join(", ", missing)
                        + " of the MonCompteFormation export (semicolon-separated); add them.")),
            false);
      }
      Iterator<CSVRecord> rows = parser.iterator();
      int count = 0;
      while (true) {
        CSVRecord row;
        try {
          if (!rows.hasNext()) {
            break;
          }
          row = rows.next();
        } catch (UncheckedIOException | IllegalStateException broken) {
          problems.add(
              new ImportReport.Problem(
                  parser.getCurrentLineNumber(),
                  "The CSV is malformed here ("
                      + broken.getMessage()
                      + "); the rows before were read."));
          return new ImportReport(offers, problems, false);
        }
        if (++count > maxRows) {
          problems.add(
              new ImportReport.Problem(
                  row.getParser().getCurrentLineNumber(),
                  "The file holds more than the "
                      + maxRows
                      + " rows accepted at once; split it and import the rest separately."));
          return new ImportReport(offers, problems, false);
        }
        // The line a spreadsheet shows: the header is line 1.
        long line = row.getRecordNumber() + 1;
        try {
          offers.add(offer(row, partnerId, importedAt));
        } catch (IllegalArgumentException invalid) {
          problems.add(new ImportReport.Problem(line, invalid.getMessage()));
        }
      }
    }
    return new ImportReport(offers, problems, true);
  }

  private static Offer offer(CSVRecord row, UUID partnerId, Instant importedAt) {
    if (!row.isConsistent()) {
      throw new IllegalArgumentException(
          "This row has "
              + row.size()
              + " fields, the header "
              + row.getParser().getHeaderNames().size()
              + ".");
    }
    String siret = value(row, "siret");
    String numero = value(row, "numero_formation");
    if (numero == null) {
      throw new IllegalArgumentException("numero_formation is empty: each row needs its number.");
    }
    if (partnerId == null && siret == null) {
      throw new IllegalArgumentException(
          "siret is empty: say which organisation gives the training.");
    }
    UUID partner = partnerId != null ? partnerId : Texts.stableId("siret", siret);
    String title = value(row, "intitule_formation");
    String certification = value(row, "intitule_certification");
    int sessions = count(row, "nb_session_active");
    int remote = count(row, "nb_session_a_distance");
    Modality modality =
        remote == 0 ? Modality.IN_PERSON : remote >= sessions ? Modality.REMOTE : Modality.MIXED;
    List<Place> places = new ArrayList<>();
    String department = value(row, "code_departement");
    if (department != null) {
      String region = value(row, "nom_region");
      if (region == null) {
        region = Regions.name(value(row, "code_region")).orElse(null);
      }
      places.add(new Place(null, null, null, department, region, null, null));
    }
    List<String> rncp = new ArrayList<>();
    List<String> rs = new ArrayList<>();
    String type =
        Objects.requireNonNullElse(value(row, "type_referentiel"), "").toUpperCase(Locale.ROOT);
    if (type.equals("RNCP") && value(row, "code_rncp") != null) {
      rncp.add(prefixed("RNCP", value(row, "code_rncp")));
    } else if (type.equals("RS") && value(row, "code_inventaire") != null) {
      rs.add(prefixed("RS", value(row, "code_inventaire")));
    }
    List<String> formacodes = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      String code = value(row, "code_formacode_" + i);
      if (code != null) {
        formacodes.add(code.replaceAll("\\.0$", ""));
      }
    }
    List<String> rome = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String code = value(row, "code_rome_" + i);
      if (code != null) {
        rome.add(code);
      }
    }
    Double hours = number(row, "nombre_heures_total_mean", "a number of hours, like 35");
    Double euros = number(row, "frais_ttc_tot_mean", "a price in euros, like 1250.50");
    return new Offer(
        id(numero, partner),
        partner,
        value(row, "nom_of"),
        title,
        Texts.plain(value(row, "points_forts")),
        Texts.category(title, certification),
        modality,
        places,
        List.of(),
        hours == null || hours < 1 ? null : (int) Math.round(hours),
        euros == null ? null : cents(euros),
        true,
        rncp,
        rs,
        List.of(),
        rome,
        formacodes,
        List.of("fr"),
        null,
        updated(value(row, "date_extract"), importedAt));
  }

  // A number that is a UUID is the id of an offer exported from Parcours: importing it updates it.
  private static UUID id(String numero, UUID partner) {
    try {
      return UUID.fromString(numero);
    } catch (IllegalArgumentException notOurs) {
      return Texts.stableId("mcf", partner.toString(), numero);
    }
  }

  private static long cents(double euros) {
    return BigDecimal.valueOf(euros)
        .movePointRight(2)
        .setScale(0, RoundingMode.HALF_UP)
        .longValue();
  }

  private static String prefixed(String prefix, String code) {
    String c = code.strip().replaceAll("\\.0$", "");
    return c.toUpperCase(Locale.ROOT).startsWith(prefix) ? c : prefix + c;
  }

  private static Instant updated(String day, Instant fallback) {
    if (day == null) {
      return fallback;
    }
    try {
      return LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day)
          .atStartOfDay(ZoneOffset.UTC)
          .toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "date_extract '" + day + "' should be a date written YYYY-MM-DD, like 2025-01-31.");
    }
  }

  private static int count(CSVRecord row, String column) {
    Double n = number(row, column, "a whole number");
    return n == null ? 0 : (int) Math.round(n);
  }

  private static Double number(CSVRecord row, String column, String expected) {
    String v = value(row, column);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v.replace(',', '.').replace(" ", ""));
      if (!Double.isFinite(d) || d < 0) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " '" + v + "' should be " + expected + ".");
    }
  }

  private static String value(CSVRecord row, String column) {
    if (!row.isMapped(column) || !row.isSet(column)) {
      return null;
    }
    String v = row.get(column).strip();
    return v.isEmpty() ? null : v;
  }

  /**
   * Writes offers in this column set, one row per offer, streaming: the offers need not fit in
   * memory. The offer's id goes in {@code numero_formation}, so importing the file back updates the
   * same offers. Offers carry no SIRET, so {@code siret} holds a 14-digit number derived from the
   * partner id, not a real one.
   */
  public static long write(Stream<Offer> offers, Appendable out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    printer.printRecord(COLUMNS);
    long written = 0;
    for (Iterator<Offer> it = offers.iterator(); it.hasNext(); ) {
      printer.printRecord(row(it.next()));
      written++;
    }
    printer.flush();
    return written;
  }

  private static List<Object> row(Offer o) {
    Place place = o.places().isEmpty() ? null : o.places().getFirst();
    String regionCode = place == null ? "" : Regions.code(place.regionName()).orElse("");
    String type = !o.rncpCodes().isEmpty() ? "RNCP" : !o.rsCodes().isEmpty() ? "RS" : "";
    int sessions = Math.max(1, o.sessions().size());
    int remote =
        switch (o.modality()) {
          case IN_PERSON -> 0;
          case REMOTE -> sessions;
          case MIXED -> {
            sessions = Math.max(2, sessions);
            yield 1;
          }
        };
    String hours = o.durationHours() == null ? "" : o.durationHours().toString();
    String price =
        o.priceCents() == null
            ? ""
            : BigDecimal.valueOf(o.priceCents()).movePointLeft(2).toPlainString();
    List<Object> r = new ArrayList<>(COLUMNS.size());
    r.add(o.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
    r.add(o.partnerName());
    r.add("");
    r.add(place == null || place.regionName() == null ? "" : place.regionName());
    r.add(type);
    r.add(o.rsCodes().isEmpty() ? "" : o.rsCodes().getFirst().substring(2));
    r.add(o.rncpCodes().isEmpty() ? "" : o.rncpCodes().getFirst().substring(4));
    r.add("");
    r.add("");
    for (int i = 0; i < 5; i++) {
      r.add(i < o.formacodes().size() ? o.formacodes().get(i) : "");
    }
    for (int i = 0; i < 8; i++) {
      r.add(""); // Formacode label, NSF labels and codes, Certif Info: not in an offer.
    }
    r.add(
        String.format(
            Locale.ROOT,
            "%014d",
            Math.floorMod(o.partnerId().getLeastSignificantBits(), 100_000_000_000_000L)));
    r.add(o.id().toString());
    r.add(o.title());
    r.add(o.description());
    r.add(1);
    r.add(sessions);
    r.add(remote);
    r.add(hours);
    r.add(hours);
    r.add(hours);
    r.add(price);
    r.add(price);
    r.add(price);
    r.add(place == null ? "" : place.departmentCode());
    r.add(regionCode);
    r.add(hours);
    r.add(regionCode);
    for (int i = 0; i < 3; i++) {
      r.add(i < o.romeCodes().size() ? o.romeCodes().get(i) : "");
    }
    return r;
  }
}
