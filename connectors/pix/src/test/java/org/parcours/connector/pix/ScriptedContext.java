package org.parcours.connector.pix;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.parcours.plugin.PluginConfig;
import org.parcours.plugin.PluginContext;
import org.parcours.plugin.http.FetchException;
import org.parcours.plugin.http.FetchResponse;
import org.parcours.plugin.http.HttpFetcher;
import org.parcours.plugin.testkit.TestingPluginContext;

/**
 * A testkit context whose fetcher can also answer with any status, another final address, or a host
 * refusal, for the cases {@link TestingPluginContext#serve} does not cover.
 */
final class ScriptedContext implements PluginContext {

  private final TestingPluginContext base;
  private final Map<URI, FetchResponse> responses = new ConcurrentHashMap<>();
  private final Map<URI, FetchException> failures = new ConcurrentHashMap<>();

  ScriptedContext(TestingPluginContext base) {
    this.base = base;
  }

  ScriptedContext answer(URI uri, int status, String mediaType, String body) {
    return answer(uri, uri, status, mediaType, body);
  }

  ScriptedContext answer(URI uri, URI finalUri, int status, String mediaType, String body) {
    responses.put(
        uri,
        new FetchResponse(
            finalUri,
            status,
            mediaType,
            body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            Duration.ZERO));
    return this;
  }

  ScriptedContext fail(URI uri, FetchException.Reason reason) {
    failures.put(uri, new FetchException(reason, uri, "refused in this test: " + reason));
    return this;
  }

  @Override
  public PluginConfig configuration() {
    return base.configuration();
  }

  @Override
  public Clock clock() {
    return base.clock();
  }

  @Override
  public System.Logger logger() {
    return base.logger();
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return base.messages(locale);
  }

  @Override
  public HttpFetcher http() {
    return (uri, accept) -> {
      FetchException failure = failures.get(uri);
      if (failure != null) {
        throw failure;
      }
      FetchResponse response = responses.get(uri);
      if (response == null) {
        return base.http().get(uri, accept);
      }
      return response;
    };
  }
}
