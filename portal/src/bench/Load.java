import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

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
 * Prints requests, errors (non-2xx or failures), mean bytes an answer, achieved rate and
 * p50/p90/p99/max in ms.
 *
 * <p>Each request is sent and its answer read on one platform thread over a kept-alive blocking
 * connection. The JDK's asynchronous HttpClient, used before, passed every answer through three
 * threads, which on the 2-core machine added about 3.5 ms to each request: {@code GET
 * /health/live} at 50/s had a p50 of 5.1 ms with it, against 1.7 ms for curl one at a time.
 */
public class Load {

  // Request i goes to sender i % SENDERS: at 50/s each sender has 1.3 s for its request before
  // its next one is due, and a late one still counts from when it was due.
  private static final int SENDERS = 64;
  private static final int CLIENTS = 16;
  // Bytes of all answers, printed per answer: a page that shrank shows.
  private static final AtomicLong BYTES = new AtomicLong();

  private record Request(URL url, List<String[]> headers) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: Load RATE SECONDS URL [Header: value]...");
      System.exit(2);
    }
    // Kept-alive connections per server: the JDK keeps 5 unless told, and the others would be
    // opened and closed for each request.
    System.setProperty("http.maxConnections", Integer.toString(SENDERS));
    double rate = Double.parseDouble(args[0]);
    int seconds = Integer.parseInt(args[1]);
    List<String> urls =
        args[2].startsWith("@")
            ? java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[2].substring(1))).stream()
                .filter(line -> !line.isBlank())
                .toList()
            : List.of(args[2]);
    List<String[]> headers = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      int colon = args[i].indexOf(':');
      headers.add(
          new String[] {args[i].substring(0, colon).strip(), args[i].substring(colon + 1).strip()});
    }
    Request[] requests = new Request[urls.size()];
    for (int u = 0; u < requests.length; u++) {
      requests[u] = new Request(URI.create(urls.get(u)).toURL(), headers);
    }
    Result result = rate > 0 ? fixedRate(requests, rate, seconds) : closed(requests, seconds);
    result.print();
  }

  private static Result fixedRate(Request[] requests, double rate, int seconds)
      throws InterruptedException {
    int total = (int) (rate * seconds);
    long[] latencies = new long[total];
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    List<Thread> senders = new ArrayList<>();
    for (int k = 0; k < Math.min(SENDERS, total); k++) {
      int first = k;
      senders.add(
          Thread.ofPlatform()
              .start(() -> {
                for (int i = first; i < total; i += SENDERS) {
                  long due = start + (long) (i * 1e9 / rate);
                  for (long wait = due - System.nanoTime(); wait > 0; ) {
                    LockSupport.parkNanos(wait);
                    wait = due - System.nanoTime();
                  }
                  if (!send(requests[i % requests.length])) {
                    errors.incrementAndGet();
                  }
                  latencies[i] = System.nanoTime() - due; // each index written by one thread
                }
              }));
    }
    for (Thread sender : senders) {
      sender.join();
    }
    return new Result(latencies, errors.get(), (System.nanoTime() - start) / 1e9);
  }

  private static Result closed(Request[] requests, int seconds) throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<long[]> perClient = new ArrayList<>();
    List<Thread> clients = new ArrayList<>();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger count = new AtomicInteger();
    long start = System.nanoTime();
    for (int c = 0; c < CLIENTS; c++) {
      int clientIndex = c;
      long[] mine = new long[2_000_000];
      perClient.add(mine);
      clients.add(
          Thread.ofPlatform()
              .start(() -> {
                int n = 0;
                while (System.nanoTime() < end && n < mine.length - 1) {
                  long t0 = System.nanoTime();
                  if (!send(requests[(n + 7919 * clientIndex) % requests.length])) {
                    errors.incrementAndGet();
                  }
                  mine[n++] = System.nanoTime() - t0;
                }
                mine[mine.length - 1] = n; // the count, read back below
                count.addAndGet(n);
              }));
    }
    for (Thread client : clients) {
      client.join();
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

  // The whole answer is read, so that the connection goes back to the kept-alive ones.
  private static boolean send(Request request) {
    try {
      HttpURLConnection connection = (HttpURLConnection) request.url().openConnection();
      connection.setConnectTimeout(5_000);
      connection.setReadTimeout(30_000);
      // A redirect is an answer, not a page: followed, a lost session would count the provider's
      // login page as a success.
      connection.setInstanceFollowRedirects(false);
      for (String[] header : request.headers()) {
        connection.setRequestProperty(header[0], header[1]);
      }
      int status = connection.getResponseCode();
      try (InputStream body =
          status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
        if (body != null) {
          BYTES.addAndGet(body.transferTo(OutputStream.nullOutputStream()));
        }
      }
      return status >= 200 && status < 300;
    } catch (IOException e) {
      return false;
    }
  }

  private record Result(long[] latencies, int errors, double seconds) {
    void print() {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      System.out.printf(
          "requests=%d errors=%d bytes/answer=%d rate=%.1f/s p50=%.2fms p90=%.2fms p99=%.2fms"
              + " max=%.2fms%n",
          sorted.length,
          errors,
          sorted.length == 0 ? 0 : BYTES.get() / sorted.length,
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
