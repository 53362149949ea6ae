import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.parcours.portal.catalogue.demo.CatalogueGenerator;
import org.parcours.portal.catalogue.search.CatalogueIndex;
import org.parcours.portal.catalogue.search.CatalogueQuery;
import org.parcours.portal.catalogue.search.IndexStatus;
import org.parcours.portal.catalogue.search.PriceBand;

/**
 * In-process measure of the catalogue search core: a full rebuild of a generated catalogue into a
 * folder, its size on disk, then searches with text, two filters and three facets, one after the
 * other, timed each (HdrHistogram), with the CPU time and memory allocated per search. Not the
 * live-server figures of docs/benchmarks.md: no HTTP, no database. Run from the repository root
 * with the JDK's source launcher:
 *
 * <pre>
 *   ./parcours mvn -B -ntp -o -q -pl portal -am test-compile dependency:build-classpath \
 *       -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
 *   ./parcours exec java --enable-native-access=ALL-UNNAMED -Dparcours.data.dir=../shared/data \
 *       -Djava.util.logging.config.file=portal/src/test/resources/logging.properties \
 *       -cp "portal/target/classes:$(cat portal/target/bench.classpath)" \
 *       portal/src/bench/catalogue/CatalogueBench.java [OFFERS=200000] [SEARCHES=5000] [FOLDER]
 * </pre>
 *
 * The data folder is {@code -Dparcours.data.dir} (default {@code ../shared/data}); the index goes
 * to a new folder under /tmp unless given. A folder holding the index of an earlier run is searched
 * as it is, without a rebuild, so that runs before and after a change search the same index.
 *
 * <p>The queries are those of the live-server run ({@code CatalogueSideBySide queries}): one or two
 * content words of a generated offer's title, two filters with that offer's own values, the
 * category, region and price facets, 20 hits. The first {@value #WARM_UP} searches are not timed.
 */
public class CatalogueBench {

  private static final int WARM_UP = 3_000;
  private static final int QUERIES = 2_000;

  public static void main(String[] args) throws IOException {
    int offers = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int searches = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    Path folder = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("catalogue-bench");
    Path data = Path.of(System.getProperty("parcours.data.dir", "../shared/data"));

    long t0 = System.nanoTime();
    CatalogueGenerator generator = CatalogueGenerator.load(data);
    System.out.printf("referentials loaded in %.1f s%n", seconds(t0));

    t0 = System.nanoTime();
    List<CatalogueQuery> queries = queries(generator, offers, new SplittableRandom(11));
    System.out.printf(
        "%,d queries from %,d generated offers in %.1f s%n", queries.size(), offers, seconds(t0));

    try (CatalogueIndex index = CatalogueIndex.onDisk(folder, "bench")) {
      IndexStatus.State state = index.open().state();
      System.out.println("open: " + state);
      if (state == IndexStatus.State.READY) {
        System.out.printf("searching the index already in %s: %,d offers%n", folder, index.size());
      } else {
        t0 = System.nanoTime();
        long indexed = index.rebuild(generator.offers(1, offers));
        double rebuild = seconds(t0);
        long bytes = size(folder);
        System.out.printf(
            "rebuild of %,d offers (generation included): %.1f s; index %.1f MB, %.1f MB per 100,000 offers%n",
            indexed, rebuild, bytes / 1e6, bytes / 1e6 * 100_000 / indexed);
      }

      SplittableRandom random = new SplittableRandom(7);
      for (int i = 0; i < WARM_UP; i++) {
        index.search(queries.get(random.nextInt(queries.size()))); // JIT, page cache
      }
      com.sun.management.ThreadMXBean thread =
          (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      Histogram latencies = new Histogram(60_000_000_000L, 3);
      long hits = 0;
      long cpu = thread.getCurrentThreadCpuTime();
      long allocated = thread.getCurrentThreadAllocatedBytes();
      long start = System.nanoTime();
      for (int i = 0; i < searches; i++) {
        CatalogueQuery query = queries.get(random.nextInt(queries.size()));
        long t = System.nanoTime();
        hits += index.search(query).total();
        latencies.recordValue(System.nanoTime() - t);
      }
      double elapsed = seconds(start);
      cpu = thread.getCurrentThreadCpuTime() - cpu;
      allocated = thread.getCurrentThreadAllocatedBytes() - allocated;
      System.out.printf(
          "%,d searches (text + 2 filters + 3 facets) in %.1f s, %.0f/s on one thread, %,d matches on average%n",
          searches, elapsed, searches / elapsed, hits / searches);
      System.out.printf(
          "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f; CPU %.2f ms and %.0f kB allocated per search%n",
          ms(latencies.getValueAtPercentile(50)),
          ms(latencies.getValueAtPercentile(90)),
          ms(latencies.getValueAtPercentile(99)),
          ms(latencies.getMaxValue()),
          ms(cpu) / searches,
          allocated / 1e3 / searches);
      t0 = System.nanoTime();
      List<String> suggestions = index.suggest("bilan comp", 10);
      System.out.printf("suggest(\"bilan comp\") in %.2f ms: %s%n", ms(System.nanoTime() - t0), suggestions);
    }
  }

  // As CatalogueSideBySide draws them from the stored offers: the text is one content word of a
  // random offer's title, or two in a row; the filters are two of that offer's own values.
  private static List<CatalogueQuery> queries(
      CatalogueGenerator generator, int offers, SplittableRandom r) {
    List<CatalogueQuery> queries = new ArrayList<>();
    int every = Math.max(1, offers / QUERIES);
    generator.offers(1, offers).forEach(offer -> {
      List<String> words = CatalogueSideBySide.words(offer.title());
      if (r.nextInt(every) != 0 || words.isEmpty()) {
        return;
      }
      String text = words.get(r.nextInt(words.size()));
      if (words.size() > 1 && r.nextBoolean()) {
        int i = words.indexOf(text);
        text = i + 1 < words.size() ? text + " " + words.get(i + 1) : words.get(i - 1) + " " + text;
      }
      String region = offer.places().isEmpty() ? null : offer.places().getFirst().regionName();
      PriceBand band = PriceBand.of(offer.priceCents());
      CatalogueQuery.Builder q =
          CatalogueQuery.builder()
              .text(text)
              .facets(CatalogueQuery.CATEGORY, CatalogueQuery.REGION, CatalogueQuery.PRICE);
      switch (region == null ? 2 + r.nextInt(2) : r.nextInt(4)) {
        case 0 -> q.region(region).category(offer.category());
        case 1 -> q.region(region).modality(offer.modality());
        case 2 -> q.category(offer.category()).price(band);
        default -> q.modality(offer.modality()).price(band);
      }
      queries.add(q.build());
    });
    return queries;
  }
  private static long size(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
