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

  /**
   * Sends {@code body} with {@code POST}, for services that take a query in a body (Pix's
   * shared-certification lookup, for one). The same address rules, time and size caps apply as to
   * {@link #get}; a redirect is not followed (the answer is refused as unreachable), since
   * replaying a body elsewhere is not the plugin's choice to make.
   *
   * @param uri an absolute http or https address
   * @param contentType the body's media type, such as {@code application/json}
   * @param body what to send
   * @param accept the media types wanted, as an HTTP {@code Accept} value
   * @return the response, with any HTTP status
   * @throws FetchException with the reason when the request is refused or fails; a host that does
   *     not send bodies refuses with {@link FetchException.Reason#NOT_PERMITTED}
   */
  default FetchResponse post(URI uri, String contentType, byte[] body, String accept)
      throws FetchException {
    throw new FetchException(
        FetchException.Reason.NOT_PERMITTED, uri, "This host does not send request bodies");
  }
}
