import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.parcours.portfolio.catalogue.Category;
import org.parcours.portal.catalogue.demo.CatalogueGenerator;
import org.parcours.portal.catalogue.search.CatalogueIndex;
import org.parcours.portal.catalogue.search.CatalogueQuery;
import org.parcours.portal.catalogue.search.PriceBand;

/**
 * In-process measure of the catalogue search core: a full rebuild of a generated catalogue into a
 * folder, its size on disk, then searches with text, two filters and three facets, one after the
 * other, timed each (HdrHistogram). Not the live-server figures of docs/benchmarks.md: no HTTP,
 * no database. Run from the repository root with the JDK's source launcher:
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
 * to a new folder under /tmp unless given.
 */
public class CatalogueBench {

  // Words workers type, in titles and descriptions of the generated catalogue; a few misspelt.
  private static final List<String> WORDS =
      List.of(
          "formation", "bilan de compétences", "accompagnement vae", "comptable", "maintenance",
          "commercial", "électricien", "gestion", "numérique", "soins", "conduite", "cuisine",
          "management", "vente", "logistique", "coaching reconversion", "orientation", "paie",
          "sécurité", "informatique", "batiment", "formaton", "aide à domicile", "transport");
  private static final List<String> REGIONS =
      List.of(
          "Île-de-France", "Auvergne-Rhône-Alpes", "Provence-Alpes-Côte d'Azur", "Occitanie",
          "Nouvelle-Aquitaine", "Hauts-de-France", "Grand Est", "Bretagne", "Pays de la Loire");

  public static void main(String[] args) throws IOException {
    int offers = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int searches = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    Path folder = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("catalogue-bench");
    Path data = Path.of(System.getProperty("parcours.data.dir", "../shared/data"));

    long t0 = System.nanoTime();
    CatalogueGenerator generator = CatalogueGenerator.load(data);
    System.out.printf("referentials loaded in %.1f s%n", seconds(t0));

    t0 = System.nanoTime();
    long generated = generator.offers(1, offers).filter(o -> !o.title().isEmpty()).count();
    System.out.printf("generated %,d offers alone in %.1f s%n", generated, seconds(t0));

    try (CatalogueIndex index = CatalogueIndex.onDisk(folder, "bench")) {
      System.out.println("open: " + index.open().state());
      t0 = System.nanoTime();
      long indexed = index.rebuild(generator.offers(1, offers));
      double rebuild = seconds(t0);
      long bytes = size(folder);
      System.out.printf(
          "rebuild of %,d offers (generation included): %.1f s; index %.1f MB, %.1f MB per 100,000 offers%n",
          indexed, rebuild, bytes / 1e6, bytes / 1e6 * 100_000 / indexed);

      SplittableRandom random = new SplittableRandom(7);
      for (int i = 0; i < 1_000; i++) {
        index.search(query(random)); // warm-up: JIT, page cache
      }
      Histogram latencies = new Histogram(60_000_000_000L, 3);
      long hits = 0;
      long start = System.nanoTime();
      for (int i = 0; i < searches; i++) {
        CatalogueQuery query = query(random);
        long t = System.nanoTime();
        hits += index.search(query).total();
        latencies.recordValue(System.nanoTime() - t);
      }
      double elapsed = seconds(start);
      System.out.printf(
          "%,d searches (text + 2 filters + 3 facets) in %.1f s, %.0f/s on one thread, %,d hits on average%n",
          searches, elapsed, searches / elapsed, hits / searches);
      System.out.printf(
          "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
          ms(latencies.getValueAtPercentile(50)),
          ms(latencies.getValueAtPercentile(90)),
          ms(latencies.getValueAtPercentile(99)),
          ms(latencies.getMaxValue()));
      t0 = System.nanoTime();
      List<String> suggestions = index.suggest("bilan comp", 10);
      System.out.printf("suggest(\"bilan comp\") in %.2f ms: %s%n", ms(System.nanoTime() - t0), suggestions);
    }
  }

  // Text, then two filters drawn among (region + CPF), (category + price band), (region + category).
  private static CatalogueQuery query(SplittableRandom r) {
    CatalogueQuery.Builder q =
        CatalogueQuery.builder()
            .text(WORDS.get(r.nextInt(WORDS.size())))
            .facets(CatalogueQuery.CATEGORY, CatalogueQuery.REGION, CatalogueQuery.PRICE);
    String region = REGIONS.get(r.nextInt(REGIONS.size()));
    Category category = Category.values()[r.nextInt(Category.values().length)];
    switch (r.nextInt(3)) {
      case 0 -> q.region(region).cpfEligible(true);
      case 1 -> q.category(category).price(PriceBand.values()[r.nextInt(5)]);
      default -> q.region(region).category(category);
    }
    return q.build();
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
