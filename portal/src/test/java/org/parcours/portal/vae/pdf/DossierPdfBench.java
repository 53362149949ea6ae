package org.parcours.portal.vae.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Time to export a 10-bloc dossier (goal: at most 2 s on the 2-core machine): the first render in a
 * fresh JVM, then 50 renders one after the other (HdrHistogram). Data: {@link
 * SampleDossiers#large(int)}, 10 blocs of 4 competences and 8 pieces of evidence, narratives of
 * about 1,500 characters, 6 experiences, 3 trainings. A main class, not a test; run from the
 * repository root:
 *
 * <pre>
 *   ./parcours mvn -B -ntp -q -pl portal -am package -DskipTests dependency:build-classpath \
 *       -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
 *   ./parcours exec java -cp "portal/target/test-classes:portal/target/classes:$(cat portal/target/bench.classpath)" \
 *       org.parcours.portal.vae.pdf.DossierPdfBench [RENDERS=50] [FILE.pdf]
 * </pre>
 *
 * ({@code package}, not {@code test-compile}: the portal's class path names the connectors' plugin
 * zips, which only exist once packaged.) The optional file receives the last PDF, to look at.
 */
public final class DossierPdfBench {

  private DossierPdfBench() {}

  public static void main(String[] args) throws IOException {
    int renders = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    DossierDocument dossier = SampleDossiers.large(10);
    DossierPdf pdf = new DossierPdf();

    long start = System.nanoTime();
    byte[] bytes = render(pdf, dossier);
    long cold = System.nanoTime() - start;
    try (PDDocument document = Loader.loadPDF(bytes)) {
      System.out.printf(
          "10 blocs: %,d bytes, %d pages; %d processors, Java %s%n",
          bytes.length,
          document.getNumberOfPages(),
          Runtime.getRuntime().availableProcessors(),
          Runtime.version());
    }
    System.out.printf("cold first render: %.0f ms%n", cold / 1e6);

    Histogram micros = new Histogram(3);
    for (int i = 0; i < renders; i++) {
      start = System.nanoTime();
      bytes = render(pdf, dossier);
      micros.recordValue((System.nanoTime() - start) / 1_000);
    }
    System.out.printf(
        "%d warm renders: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
        renders,
        micros.getValueAtPercentile(50) / 1e3,
        micros.getValueAtPercentile(99) / 1e3,
        micros.getMaxValue() / 1e3);
    if (args.length > 1) {
      Files.write(Path.of(args[1]), bytes);
    }
  }

  private static byte[] render(DossierPdf pdf, DossierDocument dossier) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.write(dossier, out);
    return out.toByteArray();
  }
}
