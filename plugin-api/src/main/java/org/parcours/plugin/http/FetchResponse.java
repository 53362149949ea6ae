package org.parcours.plugin.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * A fetched resource.
 *
 * @param uri the address finally answered, after redirects
 * @param status the HTTP status
 * @param mediaType the {@code Content-Type} without parameters, lower case, or empty
 * @param body the body, at most the host's size cap
 * @param maxAge how long the response may be reused, from its caching headers ({@link
 *     Duration#ZERO} when it must not be)
 */
public record FetchResponse(URI uri, int status, String mediaType, byte[] body, Duration maxAge) {

  /**
   * Checks that every field is present.
   *
   * @throws NullPointerException if a field is missing
   */
  public FetchResponse {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(maxAge, "maxAge");
  }

  /**
   * Tells whether the status is 2xx.
   *
   * @return {@code true} for a successful response
   */
  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /**
   * Reads the body as UTF-8 text.
   *
   * @return the body as a string
   */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
