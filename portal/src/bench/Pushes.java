import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pushes the VC-JWTs of FILE (one a line, as CredentialImports.java issue writes them) to
 * POST /api/partner/pushes/bulk, BATCH per request, CONCURRENCY requests at a time, for WORKERS
 * recipients ({@code bench-worker-<n>@bench.invalid}); keys are {@code RUN-<line>}, so running it
 * again with the same RUN retries the same pushes. Prints the time, the rate and the duplicates
 * the server reported. Plain JDK, run with the source launcher:
 *
 * <pre>
 *   ./parcours exec java portal/src/bench/Pushes.java BASE_URL TOKEN FILE RUN WORKERS BATCH CONCURRENCY
 * </pre>
 */
public class Pushes {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    List<String> jwts = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank()).toList();
    String run = args[3];
    int workers = Integer.parseInt(args[4]);
    int batch = Integer.parseInt(args[5]);
    int concurrency = Integer.parseInt(args[6]);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    AtomicInteger duplicates = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
      List<Future<?>> sent = new ArrayList<>();
      for (int from = 0; from < jwts.size(); from += batch) {
        int first = from;
        int last = Math.min(jwts.size(), from + batch);
        sent.add(
            pool.submit(() -> {
              StringBuilder body = new StringBuilder("{\"items\":[");
              for (int i = first; i < last; i++) {
                if (i > first) {
                  body.append(',');
                }
                body.append("{\"recipientEmail\":\"bench-worker-")
                    .append(i % workers)
                    .append("@bench.invalid\",\"idempotencyKey\":\"")
                    .append(run)
                    .append('-')
                    .append(i)
                    .append("\",\"kind\":\"credential\",\"title\":\"Attestation ")
                    .append(i)
                    .append("\",\"credential\":\"")
                    .append(jwts.get(i))
                    .append("\"}");
              }
              body.append("]}");
              HttpRequest request =
                  HttpRequest.newBuilder(URI.create(base + "/api/partner/pushes/bulk"))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .timeout(Duration.ofMinutes(2))
                      .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                      .build();
              try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                  failed.addAndGet(last - first);
                  System.err.println("batch " + first + ": HTTP " + response.statusCode() + " " + response.body().substring(0, Math.min(300, response.body().length())));
                } else {
                  int at = 0;
                  String text = response.body();
                  while ((at = text.indexOf("\"duplicate\":true", at) + 1) > 0) {
                    duplicates.incrementAndGet();
                  }
                }
              } catch (Exception e) {
                failed.addAndGet(last - first);
                System.err.println("batch " + first + ": " + e);
              }
              return null;
            }));
      }
      for (Future<?> f : sent) {
        f.get();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "pushed %d in %.1f s: %.0f pushes/s; duplicates reported %d; failed %d%n",
        jwts.size(), seconds, jwts.size() / seconds, duplicates.get(), failed.get());
  }
}
