package org.parcours.connector.openbadges;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parcours.connector.openbadges.crypto.Failure;
import org.parcours.plugin.http.FetchException;
import org.parcours.plugin.http.FetchResponse;
import org.parcours.plugin.http.HttpFetcher;

/**
 * Fetches through the host's guarded fetcher and keeps successful answers for as long as their
 * caching headers allow (at most an hour), in a small bounded cache shared by all imports.
 */
final class Fetches {

  /** Entries kept at most; the oldest used goes first. */
  static final int CAPACITY = 512;

  private static final Duration LONGEST = Duration.ofHours(1);

  private record Cached(FetchResponse response, Instant expires) {}

  private final HttpFetcher http;
  private final Clock clock;
  private final Map<String, Cached> entries =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
          return size() > CAPACITY;
        }
      };

  Fetches(HttpFetcher http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  /**
   * Fetches a resource, from the cache when still fresh.
   *
   * @param uri the address
   * @param accept the wanted media types
   * @return a successful response
   * @throws Failure {@code fetch.failed} when refused, unreachable or not 2xx
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
      response = http.get(uri, accept);
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

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
