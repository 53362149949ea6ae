import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parcours.portal.catalogue.demo.CatalogueGenerator;

/**
 * Writes a generated catalogue in the MonCompteFormation CSV column set
 * ({@link CatalogueGenerator#writeCsv}), cut in files of at most 20,000 rows (the partner import's
 * limit per request), each with its header line: {@code FOLDER/offers-000.csv}, ... Classpath as
 * for CatalogueBench.java:
 *
 * <pre>
 *   ./parcours exec java -Dparcours.data.dir=../shared/data \
 *       -cp "portal/target/classes:$(cat portal/target/bench.classpath)" \
 *       portal/src/bench/catalogue/CatalogueCsv.java OFFERS SEED FOLDER
 * </pre>
 */
public class CatalogueCsv {

  private static final int ROWS_PER_FILE = 20_000;

  public static void main(String[] args) throws IOException {
    int offers = Integer.parseInt(args[0]);
    long seed = Long.parseLong(args[1]);
    Path folder = Files.createDirectories(Path.of(args[2]));
    CatalogueGenerator generator =
        CatalogueGenerator.load(Path.of(System.getProperty("parcours.data.dir", "../shared/data")));
    long t0 = System.nanoTime();
    // Offer i of a seed does not depend on the others: the whole catalogue is generated once and
    // cut by skipping, which costs one generation per file (cheap next to the import).
    long written = 0;
    for (int file = 0; file * ROWS_PER_FILE < offers; file++) {
      int from = file * ROWS_PER_FILE;
      int count = Math.min(ROWS_PER_FILE, offers - from);
      try (Writer out =
          Files.newBufferedWriter(
              folder.resolve(String.format("offers-%03d.csv", file)), StandardCharsets.UTF_8)) {
        written +=
            org.parcours.portal.catalogue.imports.MonCompteFormationCsv.write(
                generator.offers(seed, from + count).skip(from), out);
      }
    }
    System.out.printf(
        "wrote %,d offers (seed %d) in %.1f s to %s%n",
        written, seed, (System.nanoTime() - t0) / 1e9, folder);
  }
}
