import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Open-loop load at a fixed rate: request i is due at start + i/rate and its latency counts from
 * that moment, so a slow server cannot hide its queueing (no coordinated omission). Run with the
 * JDK's source launcher:
 *
 * <pre>
 *   ./parcours exec java portal/src/bench/Load.java RATE SECONDS URL [Header: value]...
 *   ./parcours exec java portal/src/bench/Load.java 0 SECONDS URL ...   # as fast as 16 clients go
 *   ./parcours exec java portal/src/bench/Load.java RATE SECONDS @FILE ...  # one URL a line, in turn
 * </pre>
 *
 * Prints requests, errors (non-2xx or failures), achieved rate and p50/p90/p99/max in ms.
 */
public class Load {

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: Load RATE SECONDS URL [Header: value]...");
      System.exit(2);
    }
    double rate = Double.parseDouble(args[0]);
    int seconds = Integer.parseInt(args[1]);
    List<String> urls =
        args[2].startsWith("@")
            ? java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[2].substring(1))).stream()
                .filter(line -> !line.isBlank())
                .toList()
            : List.of(args[2]);
    HttpRequest[] requests = new HttpRequest[urls.size()];
    for (int u = 0; u < requests.length; u++) {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(urls.get(u))).timeout(Duration.ofSeconds(30)).GET();
      for (int i = 3; i < args.length; i++) {
        int colon = args[i].indexOf(':');
        builder.header(args[i].substring(0, colon).strip(), args[i].substring(colon + 1).strip());
      }
      requests[u] = builder.build();
    }
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    Result result =
        rate > 0 ? fixedRate(client, requests, rate, seconds) : closed(client, requests, seconds);
    result.print();
  }

  private static Result fixedRate(
      HttpClient client, HttpRequest[] requests, double rate, int seconds)
      throws InterruptedException {
    int total = (int) (rate * seconds);
    AtomicLongArray latencies = new AtomicLongArray(total);
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < total; i++) {
        long due = start + (long) (i * 1e9 / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        int index = i;
        pool.submit(
            () -> {
              boolean ok = send(client, requests[index % requests.length]);
              latencies.set(index, System.nanoTime() - due);
              if (!ok) {
                errors.incrementAndGet();
              }
            });
      }
    }
    long[] values = new long[total];
    for (int i = 0; i < total; i++) {
      values[i] = latencies.get(i);
    }
    return new Result(values, errors.get(), (System.nanoTime() - start) / 1e9);
  }

  private static Result closed(HttpClient client, HttpRequest[] requests, int seconds)
      throws InterruptedException {
    int clients = 16;
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<long[]> perClient = new ArrayList<>();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger count = new AtomicInteger();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < clients; c++) {
        int clientIndex = c;
        long[] mine = new long[2_000_000];
        perClient.add(mine);
        pool.submit(
            () -> {
              int n = 0;
              while (System.nanoTime() < end && n < mine.length) {
                long t0 = System.nanoTime();
                if (!send(client, requests[(n + 7919 * clientIndex) % requests.length])) {
                  errors.incrementAndGet();
                }
                mine[n++] = System.nanoTime() - t0;
              }
              mine[mine.length - 1] = n; // the count, read back below
              count.addAndGet(n);
            });
      }
    }
    long[] values = new long[count.get()];
    int at = 0;
    for (long[] mine : perClient) {
      int n = (int) mine[mine.length - 1];
      System.arraycopy(mine, 0, values, at, n);
      at += n;
    }
    return new Result(values, errors.get(), (System.nanoTime() - start) / 1e9);
  }

  private static boolean send(HttpClient client, HttpRequest request) {
    try {
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status >= 200 && status < 300;
    } catch (Exception e) {
      return false;
    }
  }

  private record Result(long[] latencies, int errors, double seconds) {
    void print() {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      System.out.printf(
          "requests=%d errors=%d rate=%.1f/s p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n",
          sorted.length,
          errors,
          sorted.length / seconds,
          at(sorted, 0.50),
          at(sorted, 0.90),
          at(sorted, 0.99),
          sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
      if (sorted.length == 0) {
        return 0;
      }
      return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
  }
}
