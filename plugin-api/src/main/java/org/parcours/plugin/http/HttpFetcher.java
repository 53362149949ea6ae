package org.parcours.plugin.http;

import java.net.URI;

/**
 * Fetches public web resources for a plugin. The host refuses non-http(s) schemes and private,
 * loopback, link-local and metadata addresses (unless its administrator allowed one), follows
 * redirects itself re-checking each, and caps the time and the size of every response.
 */
public interface HttpFetcher {

  /**
   * Fetches a resource with {@code GET}.
   *
   * @param uri an absolute http or https address
   * @param accept the media types wanted, as an HTTP {@code Accept} value
   * @return the response, with any HTTP status
   * @throws FetchException with the reason when the fetch is refused or fails
   */
  FetchResponse get(URI uri, String accept) throws FetchException;
}
