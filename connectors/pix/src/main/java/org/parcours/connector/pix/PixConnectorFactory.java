package org.parcours.connector.pix;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.parcours.plugin.ConfigProperty;
import org.parcours.plugin.PluginContext;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.ConnectorFactory;

/** Declares the Pix endpoint and the lookup path, checks them, then creates the connector. */
public final class PixConnectorFactory implements ConnectorFactory {

  /** Base URL of a Pix-compatible API, such as {@code https://app.pix.fr/api}. */
  public static final String ENDPOINT = "endpoint";

  /**
   * Path of one certificate under the endpoint, with {@code {code}} standing for the code (GET);
   * without it, the code goes in a JSON body with POST, as Pix's own API takes it.
   */
  public static final String LOOKUP_PATH = "lookup-path";

  /** The default lookup path: Pix's shared-certification resource, addressed by its code. */
  public static final String DEFAULT_LOOKUP_PATH = "/shared-certifications/{code}";

  static final String CODE_PLACEHOLDER = "{code}";

  @Override
  public String name() {
    return "certificate";
  }

  @Override
  public List<ConfigProperty> configuration() {
    return List.of(
        new ConfigProperty(
            ENDPOINT,
            "Base URL of the Pix-compatible API that shares certificates by verification code"
                + " (https), such as https://app.pix.fr/api",
            true,
            false,
            null),
        new ConfigProperty(
            LOOKUP_PATH,
            "Path of one certificate under the endpoint, {code} standing for the verification"
                + " code (GET, JSON:API answer); without {code}, the code is sent with POST in a"
                + " JSON body {\"verificationCode\": …}, as Pix's own /shared-certifications",
            false,
            false,
            DEFAULT_LOOKUP_PATH));
  }

  @Override
  public Connector create(PluginContext context) {
    URI endpoint = endpoint(context.configuration().require(ENDPOINT));
    String path = context.configuration().get(LOOKUP_PATH).orElse(DEFAULT_LOOKUP_PATH).strip();
    if (!path.startsWith("/")
        || path.indexOf(CODE_PLACEHOLDER) != path.lastIndexOf(CODE_PLACEHOLDER)
        || path.contains("?")
        || path.contains("#")) {
      throw new IllegalStateException(
          "lookup-path must start with '/' and hold {code} at most once (GET), such as "
              + DEFAULT_LOOKUP_PATH
              + ", or none (POST with the code in a JSON body, as Pix's /shared-certifications)"
              + "; got '"
              + path
              + "'");
    }
    return new PixConnector(endpoint, path, context.clock(), context::http);
  }

  /**
   * Checks the endpoint: an absolute https URL without query or fragment (http only for a loopback
   * host, for local tests; the host's fetcher still decides whether it may be reached).
   */
  static URI endpoint(String value) {
    String text = value.strip();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("endpoint is not a URL: '" + value + "'", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.getHost() == null || uri.getQuery() != null) {
      throw new IllegalStateException(
          "endpoint must be an absolute https URL without query, such as https://app.pix.fr/api;"
              + " got '"
              + value
              + "'");
    }
    if (uri.getFragment() != null
        || uri.getRawUserInfo() != null
        || !(scheme.equals("https") || (scheme.equals("http") && loopback(uri.getHost())))) {
      throw new IllegalStateException(
          "endpoint must be an https URL (http only for localhost), without user or fragment;"
              + " got '"
              + value
              + "'");
    }
    return uri;
  }

  private static boolean loopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]");
  }
}
