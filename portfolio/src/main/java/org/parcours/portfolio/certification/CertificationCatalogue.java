package org.parcours.portfolio.certification;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parcours.portfolio.shared.Texts;

/**
 * The RNCP certifications a worker may aim at, found by number or by the words a person types into
 * a search box. Built once from the official export and never changed, so one instance serves every
 * thread.
 *
 * <p>A search matches whole words without regard to accents or case, and takes the last word as the
 * start of a word, so results follow the typing. It looks at the certification's number, its title
 * (when the export's Standard file is installed), its certifiers' names and its blocs' labels, and
 * ranks a certification higher when one of these alone holds every word, in that order. Each
 * certification keeps its words as precomputed texts and a search reads them all: over the 6,844
 * certifications of the export that takes one or two milliseconds, quick enough to follow typing,
 * so there is no index to keep.
 */
public final class CertificationCatalogue {

  /** The most results a search returns, whatever is asked: a list to pick from, not a report. */
  public static final int MAX_RESULTS = 50;

  /** Longer queries are not something a person typed, and get no result. */
  public static final int MAX_QUERY_LENGTH = 200;

  /** Numbers and bloc codes in the register's order: RNCP183 before RNCP1000, BC9 before BC10. */
  static final Comparator<String> NUMBER_ORDER =
      Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

  private static final Pattern NUMBER = Pattern.compile("(?:RNCP\\s*)?(\\d{1,9})");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Logger LOG = Logger.getLogger(CertificationCatalogue.class.getName());

  private final Map<String, Certification> byNumber = new HashMap<>();
  private final Map<String, Bloc> blocs = new HashMap<>();
  // Only certifications with blocs, in number order: a VAE aims at blocs.
  private final List<Searchable> searchable = new ArrayList<>();

  /**
   * Where each field holds its words, each text being " word word ... " so that a word is found as
   * " word " and the start of a word as " start".
   */
  private record Searchable(
      Certification certification,
      String number,
      String title,
      String certifiers,
      String blocs,
      String all) {

    /** 0 when the number holds every word, then the title, the certifiers, the blocs; 4 if none. */
    int rank(List<String> words, String last) {
      List<String> fields = List.of(number, title, certifiers, blocs);
      for (int rank = 0; rank < fields.size(); rank++) {
        if (holds(fields.get(rank), words, last)) {
          return rank;
        }
      }
      return fields.size();
    }
  }

  /**
   * @param certifications the certifications, each number once
   */
  public CertificationCatalogue(Collection<Certification> certifications) {
    List<Certification> ordered = new ArrayList<>(certifications);
    ordered.sort(Comparator.comparing(Certification::number, NUMBER_ORDER));
    for (Certification c : ordered) {
      if (byNumber.putIfAbsent(c.number(), c) != null) {
        throw new IllegalArgumentException("Certification listed twice: " + c.number());
      }
      c.blocs().forEach(bloc -> blocs.put(bloc.code(), bloc));
      if (!c.blocs().isEmpty()) {
        searchable.add(searchable(c));
      }
    }
  }

  /**
   * The certifications of the RNCP export found in {@code dataDir/rncp}; none, with a warning in
   * the log, when its files are missing.
   */
  public static CertificationCatalogue load(Path dataDir) {
    long start = System.nanoTime();
    CertificationCatalogue catalogue =
        new CertificationCatalogue(RncpExport.read(dataDir.resolve("rncp")));
    LOG.info(() ->
        "RNCP certifications loaded from %s in %d ms: %d certifications, %d blocs"
            .formatted(
                dataDir,
                (System.nanoTime() - start) / 1_000_000,
                catalogue.size(),
                catalogue.blocCount()));
    return catalogue;
  }

  /** How many certifications, with blocs or not. */
  public int size() {
    return byNumber.size();
  }

  /** How many blocs all certifications have together. */
  public int blocCount() {
    return blocs.size();
  }

  /**
   * The certification of a number written as people write it: {@code RNCP35185}, {@code rncp 35185}
   * or {@code 35185}.
   */
  public Optional<Certification> byNumber(String input) {
    return number(input).map(byNumber::get);
  }

  /** A bloc by its code ({@code RNCP35185BC02}), in any case. */
  public Optional<Bloc> bloc(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(blocs.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * The certifications with blocs that a person means by what they typed, best first: the one whose
   * number it is, then those whose number, title, certifiers or blocs hold every word, then those
   * holding the words across these, each group in number order.
   *
   * @param query a number or words, as typed; blank or longer than {@value #MAX_QUERY_LENGTH}
   *     characters finds nothing
   * @param limit at most this many, and never more than {@value #MAX_RESULTS}
   */
  public List<Certification> search(String query, int limit) {
    if (query == null || query.length() > MAX_QUERY_LENGTH || limit <= 0) {
      return List.of();
    }
    int max = Math.min(limit, MAX_RESULTS);
    Certification exact = byNumber(query).filter(c -> !c.blocs().isEmpty()).orElse(null);
    List<Certification> found = new ArrayList<>(max);
    if (exact != null) {
      found.add(exact);
    }
    List<String> typed = wordsOf(query);
    if (!typed.isEmpty()) {
      List<String> words =
          typed.subList(0, typed.size() - 1).stream().map(w -> " " + w + " ").toList();
      String last = " " + typed.getLast();
      searchable.stream()
          .filter(s -> s.certification() != exact && holds(s.all(), words, last))
          .map(s -> new Hit(s.rank(words, last), s.certification()))
          .sorted(Comparator.comparingInt(Hit::rank)) // stable: number order within a rank
          .limit(max - found.size())
          .forEach(hit -> found.add(hit.certification()));
    }
    return List.copyOf(found);
  }

  private record Hit(int rank, Certification certification) {}

  private static boolean holds(String text, List<String> words, String last) {
    if (!text.contains(last)) {
      return false;
    }
    for (String word : words) {
      if (!text.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> number(String input) {
    if (input == null) {
      return Optional.empty();
    }
    Matcher m = NUMBER.matcher(input.strip().toUpperCase(Locale.ROOT));
    return m.matches() ? Optional.of("RNCP" + Integer.parseInt(m.group(1))) : Optional.empty();
  }

  private static Searchable searchable(Certification c) {
    String digits = c.number().substring("RNCP".length());
    String number = text(c.number() + " RNCP " + digits);
    String title = text(c.title() == null ? "" : c.title());
    String certifiers = text(String.join(" ", c.certifiers()));
    String blocs = text(String.join(" ", c.blocs().stream().map(Bloc::label).toList()));
    return new Searchable(c, number, title, certifiers, blocs, number + title + certifiers + blocs);
  }

  /**
   * The words of a text, each once (a search only asks whether a word is there, and blocs repeat
   * "de", "la", "des"...), between single spaces and with a space at each end.
   */
  private static String text(String words) {
    List<String> list = wordsOf(words).stream().distinct().toList();
    return list.isEmpty() ? " " : " " + String.join(" ", list) + " ";
  }

  private static List<String> wordsOf(String text) {
    // Folding keeps the ligature of "œuvre", which people type as "oe".
    String folded = Texts.fold(text).replace("œ", "oe").replace("æ", "ae");
    return Arrays.stream(NOT_WORD.split(folded)).filter(w -> !w.isEmpty()).toList();
  }
}
