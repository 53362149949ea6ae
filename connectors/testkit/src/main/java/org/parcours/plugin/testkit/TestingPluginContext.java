package org.parcours.plugin.testkit;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.parcours.plugin.PluginConfig;
import org.parcours.plugin.PluginContext;
import org.parcours.plugin.http.FetchException;
import org.parcours.plugin.http.FetchResponse;
import org.parcours.plugin.http.HttpFetcher;

/**
 * Runs a plugin without the portal: configuration from a map, a fixed clock, and a fetcher that
 * answers only the resources a test registered (any other address is unreachable, as offline).
 */
public final class TestingPluginContext implements PluginContext {

  private final Map<String, String> configuration = new ConcurrentHashMap<>();
  private final Map<URI, FetchResponse> resources = new ConcurrentHashMap<>();
  private final List<URI> fetched = new CopyOnWriteArrayList<>();
  private final List<String> posted = new CopyOnWriteArrayList<>();
  private final Map<URI, CountDownLatch> held = new ConcurrentHashMap<>();
  private final Class<?> pluginClass;
  private volatile Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

  /**
   * Creates a context for a plugin.
   *
   * @param pluginClass a class of the plugin, whose class loader holds its {@code messages} bundle
   */
  public TestingPluginContext(Class<?> pluginClass) {
    this.pluginClass = pluginClass;
  }

  /**
   * Sets a configuration value.
   *
   * @param name the property name
   * @param value its value
   * @return this context
   */
  public TestingPluginContext set(String name, String value) {
    configuration.put(name, value);
    return this;
  }

  /**
   * Fixes the time the plugin sees.
   *
   * @param now the instant
   * @return this context
   */
  public TestingPluginContext at(Instant now) {
    clock = Clock.fixed(now, ZoneOffset.UTC);
    return this;
  }

  /**
   * Serves a resource to the plugin's fetches.
   *
   * @param uri the address
   * @param mediaType its media type
   * @param body its content
   * @return this context
   */
  public TestingPluginContext serve(URI uri, String mediaType, byte[] body) {
    resources.put(uri, new FetchResponse(uri, 200, mediaType, body, java.time.Duration.ZERO));
    return this;
  }

  /**
   * Holds the answer of an address until a latch opens (at most a minute), as a server that does
   * not answer: for testing a plugin's own time limits. An abandoned fetch is interrupted and
   * reports the address unreachable.
   *
   * @param uri the address, served or not
   * @param until opened by the test, typically when it ends
   * @return this context
   */
  public TestingPluginContext hold(URI uri, CountDownLatch until) {
    held.put(uri, until);
    return this;
  }

  /**
   * The addresses the plugin asked for, in order.
   *
   * @return the fetched addresses
   */
  public List<URI> fetched() {
    return List.copyOf(fetched);
  }

  @Override
  public PluginConfig configuration() {
    return name -> Optional.ofNullable(configuration.get(name));
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public System.Logger logger() {
    return System.getLogger(pluginClass.getName());
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle(
        "messages",
        locale,
        pluginClass.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Override
  public HttpFetcher http() {
    return new HttpFetcher() {
      @Override
      public FetchResponse get(URI uri, String accept) throws FetchException {
        return served(uri);
      }

      // A served address answers a POST as a GET; the body is kept for the test to read.
      @Override
      public FetchResponse post(URI uri, String contentType, byte[] body, String accept)
          throws FetchException {
        posted.add(new String(body, StandardCharsets.UTF_8));
        return served(uri);
      }
    };
  }

  private FetchResponse served(URI uri) throws FetchException {
    fetched.add(uri);
    CountDownLatch latch = held.get(uri);
    if (latch != null) {
      try {
        latch.await(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(FetchException.Reason.UNREACHABLE, uri, "abandoned while held");
      }
    }
    FetchResponse response = resources.get(uri);
    if (response == null) {
      throw new FetchException(
          FetchException.Reason.UNREACHABLE, uri, uri + " is not served in this test");
    }
    return response;
  }

  /** The bodies the plugin sent with {@code POST}, in order. */
  public List<String> posted() {
    return List.copyOf(posted);
  }
}
