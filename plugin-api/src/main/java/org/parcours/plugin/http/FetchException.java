package org.parcours.plugin.http;

import java.net.URI;
import java.util.Objects;

/** A fetch the host refused or could not complete; the message says why in plain words. */
public final class FetchException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a fetch failed. */
  public enum Reason {
    /** The scheme is not http or https. */
    FORBIDDEN_SCHEME,
    /** The name resolves to a private, loopback, link-local or otherwise internal address. */
    FORBIDDEN_ADDRESS,
    /** The plugin did not ask for the network permission. */
    NOT_PERMITTED,
    /** More redirects than the host follows. */
    TOO_MANY_REDIRECTS,
    /** The body is larger than the host's cap. */
    TOO_LARGE,
    /** The server did not answer in time. */
    TIMEOUT,
    /** The name does not resolve or the connection failed. */
    UNREACHABLE
  }

  private final Reason reason;
  private final URI uri;

  /**
   * Creates the exception.
   *
   * @param reason why the fetch failed
   * @param uri the address concerned
   * @param message what happened, in words a person can act on
   */
  public FetchException(Reason reason, URI uri, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.uri = uri;
  }

  /**
   * Why the fetch failed.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The address concerned, possibly a redirect target.
   *
   * @return the address, or {@code null} if it could not be parsed
   */
  public URI uri() {
    return uri;
  }
}
