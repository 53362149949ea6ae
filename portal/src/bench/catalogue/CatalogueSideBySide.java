import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Histogram;

/**
 * The catalogue's search, Lucene (through the live API) beside PostgreSQL full-text search
 * (french configuration, GIN index of {@code catalogue-pg-fts.sql}) over the same rows. Three
 * commands, run from the repository root on the bench class path (see CatalogueBench.java):
 *
 * <pre>
 *   CP="portal/target/classes:$(cat portal/target/bench.classpath)"
 *   J="./parcours exec java -cp $CP portal/src/bench/catalogue/CatalogueSideBySide.java"
 *   $J queries COUNT SEED BASE_URL FOLDER   # FOLDER/queries.tsv (for pg) and FOLDER/api-urls.txt (for Load.java)
 *   $J pg RATE SECONDS FOLDER/queries.tsv    # open loop, same queries in the same order, on PostgreSQL
 *   $J recall COUNT SEED BASE_URL            # known items: distinctive title words must find the offer in the top 10
 * </pre>
 *
 * Queries are built from the stored offers: the text is one or two content words of a random
 * offer's title, the two filters are values of that same offer (region + category, category + price
 * band, region + modality or modality + price band), and the API asks three facets (category,
 * region, price). The database is {@code -Djdbc.url} (default
 * jdbc:postgresql://127.0.0.1:5432/parcours_bench, user postgres).
 */
public class CatalogueSideBySide {

  private static final Set<String> STOP =
      Set.of(
          "les", "des", "une", "pour", "avec", "dans", "sur", "aux", "par", "vos", "votre", "leur",
          "leurs", "est", "son", "ses", "sont", "qui", "que", "plus", "vers", "entre", "selon",
          "dont", "tout", "tous", "toute", "toutes", "the", "and", "d'un", "d'une", "l'un");

  // plainto_tsquery's AND of the words; ts_rank over the same expression as the GIN index.
  private static final String PG_SEARCH =
      """
      with m as (
        select o.id, o.title,
               ts_rank(to_tsvector('french', o.title || ' ' || o.description), q) as rank
        from catalogue_offer o, plainto_tsquery('french', ?) q
        where to_tsvector('french', o.title || ' ' || o.description) @@ q
          and o.status = 'PUBLISHED' %s
      )
      select id, title, rank, count(*) over () as total from m order by rank desc limit ?
      """;

  record Stored(String id, String title, String category, String modality, String region, Long price) {}

  record Query(String text, String f1, String v1, String f2, String v2) {
    static Query parse(String line) {
      String[] p = line.split("\t", -1);
      return new Query(p[0], p[1], p[2], p[3], p[4]);
    }

    String tsv() {
      return String.join("\t", text, f1, v1, f2, v2);
    }

    String url(String base) {
      return base
          + "/api/catalogue/search?q="
          + enc(text)
          + "&"
          + f1
          + "="
          + enc(v1)
          + "&"
          + f2
          + "="
          + enc(v2)
          + "&facets=category,region,price&size=20";
    }
  }

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "queries" -> queries(Integer.parseInt(args[1]), Long.parseLong(args[2]), args[3], Path.of(args[4]));
      case "pg" -> pg(Double.parseDouble(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
      case "recall" -> recall(Integer.parseInt(args[1]), Long.parseLong(args[2]), args[3]);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("jdbc.url", "jdbc:postgresql://127.0.0.1:5432/parcours_bench"),
        System.getProperty("jdbc.user", "postgres"),
        System.getProperty("jdbc.password", "trust"));
  }

  private static List<Stored> stored() throws SQLException {
    List<Stored> all = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement s =
            c.prepareStatement(
                """
                select id, title, b ->> 'category', b ->> 'modality',
                       b -> 'places' -> 0 ->> 'regionName', (b ->> 'priceCents')::bigint
                from (select id, title, body::jsonb as b from catalogue_offer
                      where status = 'PUBLISHED') x order by id
                """)) {
      s.setFetchSize(10_000);
      c.setAutoCommit(false);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long price = r.getLong(6);
          all.add(
              new Stored(
                  r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                  r.wasNull() ? null : price));
        }
      }
    }
    return all;
  }

  // ---- queries

  private static void queries(int count, long seed, String base, Path folder) throws Exception {
    List<Stored> all = stored();
    SplittableRandom r = new SplittableRandom(seed);
    List<Query> queries = new ArrayList<>();
    while (queries.size() < count) {
      Stored o = all.get(r.nextInt(all.size()));
      List<String> words = words(o.title());
      if (words.isEmpty()) {
        continue;
      }
      String text = words.get(r.nextInt(words.size()));
      if (words.size() > 1 && r.nextBoolean()) {
        int i = words.indexOf(text);
        text = i + 1 < words.size() ? text + " " + words.get(i + 1) : words.get(i - 1) + " " + text;
      }
      String band = band(o.price());
      Query q =
          switch (o.region() == null ? 2 + r.nextInt(2) : r.nextInt(4)) {
            case 0 -> new Query(text, "region", o.region(), "category", o.category());
            case 1 -> new Query(text, "region", o.region(), "modality", o.modality());
            case 2 -> new Query(text, "category", o.category(), "price", band);
            default -> new Query(text, "modality", o.modality(), "price", band);
          };
      queries.add(q);
    }
    Files.createDirectories(folder);
    Files.write(folder.resolve("queries.tsv"), queries.stream().map(Query::tsv).toList());
    Files.write(folder.resolve("api-urls.txt"), queries.stream().map(q -> q.url(base)).toList());
    System.out.printf(
        "%d queries from %,d offers, e.g. %s%n", queries.size(), all.size(), queries.getFirst().url(base));
  }

  private static String band(Long cents) {
    if (cents == null) return "UNKNOWN";
    if (cents == 0) return "FREE";
    if (cents < 50_000) return "UNDER_500";
    if (cents < 150_000) return "FROM_500_TO_1500";
    if (cents <= 300_000) return "FROM_1500_TO_3000";
    return "OVER_3000";
  }

  // Content words of a title, lower case, in order.
  static List<String> words(String title) {
    List<String> words = new ArrayList<>();
    for (String w : title.toLowerCase(Locale.FRENCH).split("[^\\p{L}\\p{N}'’-]+")) {
      w = w.replaceAll("^[dlj][’']", "").replaceAll("^[-'’]+|[-'’]+$", "");
      if (w.length() >= 3 && !STOP.contains(w) && !w.chars().allMatch(Character::isDigit)) {
        words.add(w);
      }
    }
    return words;
  }

  // ---- PostgreSQL under load

  private static String filter(String field) {
    return switch (field) {
      case "category" -> " and o.body::jsonb ->> 'category' = ?";
      case "modality" -> " and o.body::jsonb ->> 'modality' = ?";
      case "region" -> " and o.body::jsonb -> 'places' @> jsonb_build_array(jsonb_build_object('regionName', ?::text))";
      case "price" -> " and " + priceSql("?");
      default -> throw new IllegalArgumentException(field);
    };
  }

  // The band as SQL on priceCents; the parameter is the band's name.
  private static String priceSql(String p) {
    String cents = "(o.body::jsonb ->> 'priceCents')::bigint";
    return "(case " + p + "::text"
        + " when 'UNKNOWN' then " + cents + " is null"
        + " when 'FREE' then " + cents + " = 0"
        + " when 'UNDER_500' then " + cents + " > 0 and " + cents + " < 50000"
        + " when 'FROM_500_TO_1500' then " + cents + " >= 50000 and " + cents + " < 150000"
        + " when 'FROM_1500_TO_3000' then " + cents + " >= 150000 and " + cents + " <= 300000"
        + " else " + cents + " > 300000 end)";
  }

  /** Runs one query; returns the ids in rank order and, at index 0 of totals, the count. */
  private static List<String> pgSearch(Connection c, Query q, int limit, long[] total)
      throws SQLException {
    String where = q.f1().isEmpty() ? "" : filter(q.f1()) + filter(q.f2());
    try (PreparedStatement s = c.prepareStatement(PG_SEARCH.formatted(where))) {
      int i = 1;
      s.setString(i++, q.text());
      if (!q.f1().isEmpty()) {
        s.setString(i++, q.v1());
        s.setString(i++, q.v2());
      }
      s.setInt(i, limit);
      List<String> ids = new ArrayList<>();
      total[0] = 0;
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
          total[0] = r.getLong(4);
        }
      }
      return ids;
    }
  }

  private static void pg(double rate, int seconds, Path file) throws Exception {
    List<Query> queries = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(Query::parse).toList();
    int connections = Integer.getInteger("connections", 8);
    BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(connections);
    for (int i = 0; i < connections; i++) {
      pool.add(connect());
    }
    // Warm-up: every query once, one after the other.
    // Its latencies are the service time of one query alone (closed loop, one connection).
    long hits = 0;
    long[] total = new long[1];
    Histogram alone = new Histogram(3_600_000_000_000L, 3);
    Connection warm = pool.take();
    long warmStart = System.nanoTime();
    for (Query q : queries) {
      long t = System.nanoTime();
      pgSearch(warm, q, 20, total);
      alone.recordValue(System.nanoTime() - t);
      hits += total[0];
    }
    pool.add(warm);
    System.out.printf(
        "postgresql, one query at a time (warm-up): %d queries in %.1f s, %,d matches on average, p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n",
        queries.size(), (System.nanoTime() - warmStart) / 1e9, hits / queries.size(),
        alone.getValueAtPercentile(50) / 1e6, alone.getValueAtPercentile(90) / 1e6,
        alone.getValueAtPercentile(99) / 1e6, alone.getMaxValue() / 1e6);
    if (rate <= 0) {
      return;
    }
    int n = (int) (rate * seconds);
    AtomicLongArray latencies = new AtomicLongArray(n);
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < n; i++) {
        long due = start + (long) (i * 1e9 / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        int index = i;
        executor.submit(
            () -> {
              Connection c = null;
              try {
                c = pool.take();
                pgSearch(c, queries.get(index % queries.size()), 20, new long[1]);
              } catch (Exception e) {
                errors.incrementAndGet();
              } finally {
                if (c != null) pool.add(c);
                latencies.set(index, System.nanoTime() - due);
              }
            });
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    Histogram h = new Histogram(3_600_000_000_000L, 3);
    for (int i = 0; i < n; i++) {
      h.recordValue(latencies.get(i));
    }
    System.out.printf(
        "postgresql, open loop: requests=%d errors=%d rate=%.1f/s p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms (%d connections)%n",
        n, errors.get(), n / elapsed, h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(90) / 1e6,
        h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6, connections);
    for (Connection c : pool) c.close();
  }

  // ---- known-item recall

  private static void recall(int count, long seed, String base) throws Exception {
    List<Stored> all = stored();
    Map<String, Integer> df = new HashMap<>();
    List<Set<String>> titleWords = new ArrayList<>();
    for (Stored o : all) {
      Set<String> ws = new HashSet<>(words(o.title()));
      titleWords.add(ws);
      ws.forEach(w -> df.merge(w, 1, Integer::sum));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) order.add(i);
    Collections.shuffle(order, new java.util.Random(seed));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    int lucene = 0, pg = 0, asked = 0, findable = 0, luceneFindable = 0, pgFindable = 0;
    long[] total = new long[1];
    List<String> misses = new ArrayList<>();
    try (Connection c = connect()) {
      for (int k = 0; k < all.size() && asked < count; k++) {
        int index = order.get(k);
        Stored o = all.get(index);
        List<String> words = new ArrayList<>(new java.util.LinkedHashSet<>(words(o.title())));
        if (words.size() < 2) {
          continue; // no two distinctive words: not a known-item query
        }
        List<String> rarest = new ArrayList<>(words);
        rarest.sort(Comparator.comparingInt(df::get));
        List<String> chosen = rarest.subList(0, Math.min(words.size() >= 4 ? 3 : 2, rarest.size()));
        List<String> query = words.stream().filter(chosen::contains).toList();
        String text = String.join(" ", query);
        // How many titles hold all these words: above 10, the top 10 cannot always hold this one.
        int sharing = 0;
        for (Set<String> ws : titleWords) if (ws.containsAll(query)) sharing++;
        asked++;
        boolean inLucene = apiTop10(http, base, text).contains(o.id());
        boolean inPg = pgSearch(c, new Query(text, "", "", "", ""), 10, total).contains(o.id());
        lucene += inLucene ? 1 : 0;
        pg += inPg ? 1 : 0;
        if (sharing <= 10) {
          findable++;
          luceneFindable += inLucene ? 1 : 0;
          pgFindable += inPg ? 1 : 0;
        }
        if ((!inLucene || !inPg) && misses.size() < 12) {
          misses.add(String.format("  %s%s [%d titles share the words] \"%s\" <- %s",
              inLucene ? "" : "lucene-miss ", inPg ? "" : "pg-miss ", sharing, text, o.title()));
        }
      }
    }
    System.out.printf(
        "known items: %d; in the top 10: lucene %d (%.1f %%), postgresql %d (%.1f %%)%n",
        asked, lucene, 100.0 * lucene / asked, pg, 100.0 * pg / asked);
    System.out.printf(
        "  of which %d whose words are in at most 10 titles: lucene %d (%.1f %%), postgresql %d (%.1f %%)%n",
        findable, luceneFindable, 100.0 * luceneFindable / findable, pgFindable, 100.0 * pgFindable / findable);
    misses.forEach(System.out::println);
  }

  private static List<String> apiTop10(HttpClient http, String base, String text) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/catalogue/search?size=10&facets=category&q=" + enc(text))).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(r.statusCode() + " " + r.body());
    }
    List<String> ids = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(r.body());
    while (m.find()) ids.add(m.group(1));
    return ids;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
