import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VC-JWT credentials issued by Parcours, then imported into a worker's portfolio, timed. Plain JDK,
 * run from the repository root with the source launcher (it calls {@code bin/token} for fresh
 * tokens):
 *
 * <pre>
 *   ./parcours exec java portal/src/bench/CredentialImports.java issue BASE_URL COUNT CONCURRENCY FILE
 *   ./parcours exec java portal/src/bench/CredentialImports.java import BASE_URL CONCURRENCY FILE [WARMUP]
 * </pre>
 *
 * {@code issue}: {@code POST /api/vc/credentials/issue} as paul (partner), proof format vc-jwt, each
 * credential distinct (its id, name and achievement id), issuer the portal's DID from
 * {@code /.well-known/did.json}, subject identified by camille's salted, hashed e-mail address as
 * IssuerApiIT does; the JWTs go to FILE, one a line. {@code import}: every line of FILE to
 * {@code POST /api/me/credentials} (text/plain) as camille, CONCURRENCY at a time, the first WARMUP
 * of them untimed (the server's JIT is still compiling after a start); prints the total time, the
 * rate, the latency percentiles and the verdicts of the rest.
 */
public class CredentialImports {

  private static final String EMAIL = "camille@demo.parcours.invalid";
  private static final Pattern VERDICT = Pattern.compile("\"verdict\":\"([a-z_]+)\"");

  public static void main(String[] args) throws Exception {
    String base = args[1];
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    switch (args[0]) {
      case "issue" -> issue(http, base, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
      case "import" -> importAll(base, Integer.parseInt(args[2]), Path.of(args[3]),
          args.length > 4 ? Integer.parseInt(args[4]) : 0);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  /** A token from bin/token, renewed every minute (they live five). */
  static final class Token {
    private final String role;
    private final AtomicReference<String> value = new AtomicReference<>();
    private volatile long at;

    Token(String role) {
      this.role = role;
    }

    synchronized String get() throws Exception {
      if (value.get() == null || System.nanoTime() - at > 60_000_000_000L) {
        Process p = new ProcessBuilder("bin/token", role).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0 || out.isEmpty()) {
          throw new IllegalStateException("bin/token " + role + " failed");
        }
        value.set(out);
        at = System.nanoTime();
      }
      return value.get();
    }
  }

  private static void issue(HttpClient http, String base, int count, int concurrency, Path file)
      throws Exception {
    String didDocument =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/.well-known/did.json")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"(did:web:[^\"#]+)\"").matcher(didDocument);
    if (!m.find()) {
      throw new IllegalStateException("no did:web id in " + didDocument);
    }
    String did = m.group(1);
    Token paul = new Token("partner");
    String[] jwts = new String[count];
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    Semaphore slots = new Semaphore(concurrency);
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < count; i++) {
        slots.acquire();
        int index = i;
        String token = paul.get();
        pool.submit(
            () -> {
              try {
                String body =
                    "{\"credential\":" + badge(did, index) + ",\"options\":{\"proofFormat\":\"vc-jwt\"}}";
                HttpResponse<String> r =
                    http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/vc/credentials/issue"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                statuses.merge(r.statusCode(), 1, Integer::sum);
                Matcher jwt = Pattern.compile("data:application/vc\\+jwt,([A-Za-z0-9_.-]+)").matcher(r.body());
                if (r.statusCode() == 201 && jwt.find()) {
                  jwts[index] = jwt.group(1);
                } else if (statuses.get(r.statusCode()) <= 3) {
                  System.err.println("issue " + r.statusCode() + ": " + r.body());
                }
              } catch (Exception e) {
                statuses.merge(-1, 1, Integer::sum);
              } finally {
                slots.release();
              }
              return null;
            });
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<String> lines = Arrays.stream(jwts).filter(j -> j != null).toList();
    Files.write(file, lines);
    System.out.printf(
        "issued %d VC-JWTs for %s by %s in %.1f s (%.0f/s, %d at a time); statuses %s%n",
        lines.size(), EMAIL, did, seconds, lines.size() / seconds, concurrency, new TreeMap<>(statuses));
  }

  // Platform threads over kept-alive connections: the asynchronous HttpClient added about 3.5 ms
  // and a share of the 2 cores to every request (see Load.java).
  private static void importAll(String base, int concurrency, Path file, int warmup)
      throws Exception {
    List<String> jwts = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    if (warmup >= jwts.size()) {
      throw new IllegalArgumentException("FILE holds " + jwts.size() + " JWTs, not more than WARMUP");
    }
    Token camille = new Token("worker");
    URL url = URI.create(base + "/api/me/credentials").toURL();
    if (warmup > 0) {
      Imported w = importRange(url, camille, jwts.subList(0, warmup), concurrency);
      System.out.printf("warm-up: %d imports in %.1f s; status and verdict %s%n", warmup, w.seconds(), w.verdicts());
    }
    Imported r = importRange(url, camille, jwts.subList(warmup, jwts.size()), concurrency);
    long[] sorted = r.latencies().clone();
    Arrays.sort(sorted);
    System.out.printf(
        "imported %d VC-JWTs in %.1f s (%.0f/s, %d at a time); per import p50 %.1f ms p99 %.1f ms max %.1f ms; status and verdict %s%n",
        sorted.length, r.seconds(), sorted.length / r.seconds(), concurrency,
        at(sorted, 0.5), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6, r.verdicts());
  }

  private record Imported(long[] latencies, double seconds, Map<String, Integer> verdicts) {}

  private static Imported importRange(URL url, Token token, List<String> jwts, int concurrency)
      throws Exception {
    Map<String, Integer> verdicts = new ConcurrentHashMap<>();
    long[] latencies = new long[jwts.size()];
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    List<Thread> senders = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      senders.add(Thread.ofPlatform().start(() -> {
        for (int i = next.getAndIncrement(); i < jwts.size(); i = next.getAndIncrement()) {
          long t0 = System.nanoTime();
          String key;
          try {
            key = post(url, token.get(), jwts.get(i));
          } catch (Exception e) {
            key = "failed " + e.getClass().getSimpleName();
          }
          latencies[i] = System.nanoTime() - t0;
          verdicts.merge(key, 1, Integer::sum);
        }
      }));
    }
    for (Thread sender : senders) {
      sender.join();
    }
    return new Imported(latencies, (System.nanoTime() - start) / 1e9, new TreeMap<>(verdicts));
  }

  /** One import; the whole answer is read so that the connection is kept alive. */
  private static String post(URL url, String token, String jwt) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) url.openConnection();
    connection.setConnectTimeout(5_000);
    connection.setReadTimeout(30_000);
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setRequestProperty("Authorization", "Bearer " + token);
    connection.setRequestProperty("Content-Type", "text/plain");
    byte[] body = jwt.getBytes(StandardCharsets.UTF_8);
    connection.setFixedLengthStreamingMode(body.length);
    try (OutputStream out = connection.getOutputStream()) {
      out.write(body);
    }
    int status = connection.getResponseCode();
    String answer;
    try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
      answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher v = VERDICT.matcher(answer);
    if (status != 201) {
      System.err.println("import " + status + ": " + answer);
    }
    return status + " " + (v.find() ? v.group(1) : "-");
  }

  private static double at(long[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  private static String badge(String did, int i) {
    String salt = UUID.randomUUID().toString();
    String name = "Tutorat " + (i + 1) + " " + UUID.randomUUID().toString().substring(0, 8);
    return """
    {"@context":["https://www.w3.org/ns/credentials/v2",
                 "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
     "id":"urn:uuid:%s",
     "type":["VerifiableCredential","OpenBadgeCredential"],
     "issuer":{"id":"%s","type":["Profile"],"name":"Parcours"},
     "validFrom":"2026-01-01T00:00:00Z",
     "name":"%s",
     "credentialSubject":{"type":["AchievementSubject"],
       "identifier":[{"type":"IdentityObject","identityHash":"sha256$%s",
                      "identityType":"emailAddress","hashed":true,"salt":"%s"}],
       "achievement":{"id":"urn:uuid:%s","type":["Achievement"],"name":"%s",
                      "description":"Attesté par un partenaire de Parcours (banc d'essai).",
                      "criteria":{"narrative":"Six mois d'activité observée."}}}}
    """
        .formatted(UUID.randomUUID(), did, name, sha256(EMAIL + salt), salt, UUID.randomUUID(), name);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
