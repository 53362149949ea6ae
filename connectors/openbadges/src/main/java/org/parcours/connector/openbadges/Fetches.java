package org.parcours.connector.openbadges;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.parcours.connector.openbadges.crypto.Failure;
import org.parcours.plugin.http.FetchException;
import org.parcours.plugin.http.FetchResponse;
import org.parcours.plugin.http.HttpFetcher;

/**
 * Fetches through the host's guarded fetcher and keeps successful answers for as long as their
 * caching headers allow (at most an hour), in a small bounded cache shared by all imports.
 *
 * <p>One verification may need several fetches one after another (the issuer's key, its status
 * list, the list's own key), each of which the host lets run up to its own time cap. Together they
 * could outlast the host's limit on the whole call, which then marks the plugin failed. So every
 * verification runs {@link #within} one deadline shared by all its fetches: a fetch still running
 * at the deadline is abandoned and any later fetch is not started; both report {@code
 * fetch.deadline}, which the checks turn into "unknown", never "failed".
 */
final class Fetches {

  /** Entries kept at most; the oldest used goes first. */
  static final int CAPACITY = 512;

  /** Time for all the fetches of one verification, well under the host's 10 s call limit. */
  static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(6);

  private static final Duration LONGEST = Duration.ofHours(1);

  private record Cached(FetchResponse response, Instant expires) {}

  private final HttpFetcher http;
  private final Clock clock;
  private final Duration deadline;

  /** The {@link System#nanoTime()} by which the current thread's verification must be done. */
  private final ThreadLocal<Long> end = new ThreadLocal<>();

  private final Map<String, Cached> entries =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
          return size() > CAPACITY;
        }
      };

  Fetches(HttpFetcher http, Clock clock) {
    this(http, clock, DEFAULT_DEADLINE);
  }

  /**
   * Creates the fetches of a connector.
   *
   * @param http the host's fetcher
   * @param clock the clock deciding cache freshness
   * @param deadline the time all the fetches of one verification may take together
   */
  Fetches(HttpFetcher http, Clock clock, Duration deadline) {
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("the verification deadline must be positive");
    }
    this.http = http;
    this.clock = clock;
    this.deadline = deadline;
  }

  Duration deadline() {
    return deadline;
  }

  /**
   * Runs one verification: its fetches share one deadline, counted from now (a verification started
   * inside another, such as a status list's, shares the outer one).
   *
   * @param verification the work
   * @return its result
   */
  <T> T within(Supplier<T> verification) {
    if (end.get() != null) {
      return verification.get();
    }
    end.set(System.nanoTime() + deadline.toNanos());
    try {
      return verification.get();
    } finally {
      end.remove();
    }
  }

  /**
   * Fetches a resource, from the cache when still fresh.
   *
   * @param uri the address
   * @param accept the wanted media types
   * @return a successful response
   * @throws Failure {@code fetch.failed} when refused, unreachable or not 2xx; {@code
   *     fetch.deadline} when the verification's deadline passed before the answer came
   */
  FetchResponse get(URI uri, String accept) throws Failure {
    String key = uri + " " + accept;
    Instant now = clock.instant();
    synchronized (entries) {
      Cached entry = entries.get(key);
      if (entry != null && entry.expires().isAfter(now)) {
        return entry.response();
      }
    }
    FetchResponse response;
    try {
      response = fetch(uri, accept);
    } catch (FetchException e) {
      throw new Failure("fetch.failed", "Could not fetch " + uri + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new Failure("fetch.failed", "Could not fetch " + uri + ": " + e, e);
    }
    if (!response.ok()) {
      throw new Failure(
          "fetch.failed", "Could not fetch " + uri + ": HTTP status " + response.status());
    }
    Duration maxAge = response.maxAge().compareTo(LONGEST) > 0 ? LONGEST : response.maxAge();
    if (!maxAge.isZero() && !maxAge.isNegative()) {
      synchronized (entries) {
        entries.put(key, new Cached(response, now.plus(maxAge)));
      }
    }
    return response;
  }

  /** The host's fetch, bounded by what is left of the current verification's deadline. */
  private FetchResponse fetch(URI uri, String accept) throws FetchException, Failure {
    Long until = end.get();
    if (until == null) {
      return http.get(uri, accept);
    }
    long left = until - System.nanoTime();
    if (left <= 0) {
      throw late(uri);
    }
    FutureTask<FetchResponse> task = new FutureTask<>(() -> http.get(uri, accept));
    Thread.ofVirtual().name("openbadges-fetch").start(task);
    try {
      return task.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw late(uri);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw late(uri);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof FetchException f) {
        throw f;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private Failure late(URI uri) {
    return new Failure(
        "fetch.deadline",
        "The server "
            + uri.getHost()
            + " did not answer in time ("
            + uri
            + "): this verification may take "
            + deadline.toMillis()
            + " ms in all. Try again later.");
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
