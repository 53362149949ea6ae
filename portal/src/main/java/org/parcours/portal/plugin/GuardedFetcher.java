package org.parcours.portal.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.routing.RoutingSupport;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.parcours.plugin.http.FetchException;
import org.parcours.plugin.http.FetchException.Reason;
import org.parcours.plugin.http.FetchResponse;
import org.parcours.plugin.http.HttpFetcher;

/**
 * The fetcher lent to plugins. Names are resolved once and every resolved address is checked before
 * the connection opens to that same address (so a name cannot re-resolve to an internal one between
 * check and use); redirects are followed here, each target checked again; the whole exchange has
 * one deadline and the body a size cap; compressed bodies are never inflated here.
 */
public final class GuardedFetcher implements HttpFetcher, AutoCloseable {

  private static final int MAX_REDIRECTS = 5;
  private static final Duration MAX_AGE_CAP = Duration.ofDays(1);
  private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d{1,9})");

  /** Raised by the resolver, so that a refused address is told apart from an unknown name. */
  private static final class ForbiddenAddress extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    ForbiddenAddress(String message) {
      super(message);
    }
  }

  private final Map<URI, Supplier<FetchResponse>> local = new ConcurrentHashMap<>();
  private final AddressPolicy policy;
  private final Duration deadline;
  private final int maxBytes;
  private final CloseableHttpClient client;

  /**
   * Creates a fetcher.
   *
   * @param allowedCidrs private ranges an administrator allowed, comma separated, or empty
   * @param deadline the longest a fetch may take, redirects included
   * @param maxBytes the largest body accepted
   */
  public GuardedFetcher(String allowedCidrs, Duration deadline, int maxBytes) {
    this.policy = AddressPolicy.allowing(allowedCidrs);
    this.deadline = deadline;
    this.maxBytes = maxBytes;
    Timeout timeout = Timeout.of(deadline);
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(new CheckingResolver(policy))
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(timeout)
                            .setSocketTimeout(timeout)
                            .build())
                    .setMaxConnTotal(50)
                    .setMaxConnPerRoute(5)
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setRedirectsEnabled(false)
                    .setResponseTimeout(timeout)
                    .setConnectionRequestTimeout(timeout)
                    .build())
            .disableRedirectHandling()
            .disableContentCompression()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .disableAuthCaching()
            .setUserAgent("Parcours (+https://github.com/parcours)")
            .build();
  }

  /**
   * Answers an address of this portal itself without going out, such as its own DID document: the
   * portal's public name may not resolve from inside, and its own documents are trusted.
   *
   * @param uri the exact public address
   * @param document what to answer
   */
  public void serveLocally(URI uri, Supplier<FetchResponse> document) {
    local.put(uri, document);
  }

  @Override
  public FetchResponse get(URI uri, String accept) throws FetchException {
    Supplier<FetchResponse> own = local.get(uri);
    if (own != null) {
      return own.get();
    }
    long end = System.nanoTime() + deadline.toNanos();
    URI target = uri;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      check(target);
      Exchange exchange = exchange(target, accept, end);
      if (exchange.redirect == null) {
        return exchange.response;
      }
      target = exchange.redirect;
    }
    throw new FetchException(
        Reason.TOO_MANY_REDIRECTS, uri, "More than " + MAX_REDIRECTS + " redirects from " + uri);
  }

  @Override
  public FetchResponse post(URI uri, String contentType, byte[] body, String accept)
      throws FetchException {
    check(uri);
    if (body.length > maxBytes) {
      throw new FetchException(
          Reason.TOO_LARGE, uri, "The request body is larger than " + maxBytes + " bytes");
    }
    HttpPost post = new HttpPost(uri);
    post.setEntity(new ByteArrayEntity(body, ContentType.parse(contentType)));
    Exchange exchange = exchange(post, uri, accept, System.nanoTime() + deadline.toNanos());
    if (exchange.redirect != null) {
      throw new FetchException(
          Reason.UNREACHABLE, uri, uri.getHost() + " redirected a POST, which is not followed");
    }
    return exchange.response;
  }

  private record Exchange(FetchResponse response, URI redirect) {}

  private Exchange exchange(URI target, String accept, long end) throws FetchException {
    return exchange(new HttpGet(target), target, accept, end);
  }

  private Exchange exchange(HttpUriRequestBase request, URI target, String accept, long end)
      throws FetchException {
    request.setHeader("Accept", accept == null ? "*/*" : accept);
    request.setHeader("Accept-Encoding", "identity");
    try (ClassicHttpResponse response =
        client.executeOpen(RoutingSupport.determineHost(request), request, null)) {
      try {
        return read(target, response, end);
      } catch (FetchIo e) {
        throw e.cause;
      }
    } catch (ForbiddenAddress e) {
      throw new FetchException(Reason.FORBIDDEN_ADDRESS, target, e.getMessage());
    } catch (HttpException e) {
      throw new FetchException(
          Reason.UNREACHABLE, target, "Not a valid address for HTTP: " + target);
    } catch (InterruptedIOException e) {
      throw new FetchException(
          Reason.TIMEOUT, target, target.getHost() + " did not answer in time");
    } catch (IOException e) {
      throw new FetchException(
          Reason.UNREACHABLE,
          target,
          target.getHost() + " could not be reached: " + e.getMessage());
    }
  }

  /** Carries a FetchException through the client's response handler, which only throws IO. */
  private static final class FetchIo extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient FetchException cause;

    FetchIo(FetchException cause) {
      super(cause.getMessage());
      this.cause = cause;
    }
  }

  private Exchange read(URI target, ClassicHttpResponse response, long end) throws IOException {
    int status = response.getCode();
    if (status >= 300 && status < 400 && status != 304) {
      Header location = response.getFirstHeader("Location");
      if (location == null) {
        throw new FetchIo(
            new FetchException(Reason.UNREACHABLE, target, "Redirect without a Location"));
      }
      try {
        return new Exchange(null, target.resolve(location.getValue().strip()));
      } catch (IllegalArgumentException e) {
        throw new FetchIo(
            new FetchException(Reason.UNREACHABLE, target, "Redirect to a malformed address"));
      }
    }
    HttpEntity entity = response.getEntity();
    byte[] body = entity == null ? new byte[0] : body(target, entity, end);
    String type = entity == null || entity.getContentType() == null ? "" : entity.getContentType();
    int semicolon = type.indexOf(';');
    String mediaType =
        (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    return new Exchange(new FetchResponse(target, status, mediaType, body, maxAge(response)), null);
  }

  private byte[] body(URI target, HttpEntity entity, long end) throws IOException {
    if (entity.getContentLength() > maxBytes) {
      throw new FetchIo(tooLarge(target));
    }
    byte[] buffer = new byte[Math.min(maxBytes + 1, 64 * 1024)];
    int length = 0;
    try (InputStream in = entity.getContent()) {
      int n;
      while ((n = in.read(buffer, length, buffer.length - length)) > 0) {
        length += n;
        if (length > maxBytes) {
          throw abort(in, tooLarge(target));
        }
        if (System.nanoTime() > end) {
          throw abort(
              in,
              new FetchException(
                  Reason.TIMEOUT, target, target.getHost() + " is sending too slowly"));
        }
        if (length == buffer.length) {
          buffer = Arrays.copyOf(buffer, Math.min(maxBytes + 1, buffer.length * 2));
        }
      }
    }
    return Arrays.copyOf(buffer, length);
  }

  /** Drops the connection: closing the stream normally would read the hostile rest of it. */
  private static FetchIo abort(InputStream in, FetchException cause) throws IOException {
    if (in instanceof EofSensorInputStream sensor) {
      sensor.abort();
    }
    return new FetchIo(cause);
  }

  private FetchException tooLarge(URI target) {
    return new FetchException(
        Reason.TOO_LARGE, target, "The response is larger than " + maxBytes + " bytes");
  }

  private static Duration maxAge(ClassicHttpResponse response) {
    Header header = response.getFirstHeader("Cache-Control");
    if (header == null) {
      return Duration.ZERO;
    }
    String value = header.getValue().toLowerCase(Locale.ROOT);
    if (value.contains("no-store") || value.contains("no-cache")) {
      return Duration.ZERO;
    }
    Matcher m = MAX_AGE.matcher(value);
    if (!m.find()) {
      return Duration.ZERO;
    }
    Duration age = Duration.ofSeconds(Long.parseLong(m.group(1)));
    return age.compareTo(MAX_AGE_CAP) > 0 ? MAX_AGE_CAP : age;
  }

  private void check(URI target) throws FetchException {
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(
          Reason.FORBIDDEN_SCHEME,
          target,
          "Only http and https addresses are fetched, not '" + scheme + "'");
    }
    if (target.getHost() == null || target.getRawUserInfo() != null) {
      throw new FetchException(
          Reason.FORBIDDEN_ADDRESS, target, "The address must name a host and no credentials");
    }
  }

  @Override
  public void close() throws IOException {
    client.close();
  }

  /** Resolves once and refuses the whole name if any of its addresses is internal. */
  private record CheckingResolver(AddressPolicy policy) implements DnsResolver {

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
      for (InetAddress address : addresses) {
        if (!policy.permits(address)) {
          throw new ForbiddenAddress(
              host
                  + " resolves to "
                  + address.getHostAddress()
                  + ", a private or internal address the portal does not fetch from");
        }
      }
      return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
      return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }
  }
}
