package org.parcours.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.plugin.http.FetchException;
import org.parcours.plugin.http.FetchException.Reason;
import org.parcours.plugin.http.FetchResponse;

class GuardedFetcherTest {

  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/badge",
        exchange -> {
          byte[] body = "{\"id\":\"badge\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
          exchange.getResponseHeaders().add("Cache-Control", "public, max-age=600");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.createContext(
        "/echo",
        exchange -> {
          byte[] body =
              (exchange.getRequestMethod()
                      + " "
                      + exchange.getRequestHeaders().getFirst("Content-Type")
                      + " "
                      + new String(
                          exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/plain");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.createContext(
        "/to-metadata",
        exchange -> {
          exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    server.createContext(
        "/loop",
        exchange -> {
          exchange.getResponseHeaders().add("Location", "/loop");
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    server.createContext(
        "/huge",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            byte[] chunk = new byte[8192];
            for (int i = 0; i < 1000; i++) {
              out.write(chunk);
            }
          } catch (IOException e) {
            // the fetcher hung up, as it should
          }
        });
    server.createContext(
        "/drip",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 100; i++) {
              out.write('x');
              out.flush();
              Thread.sleep(100);
            }
          } catch (IOException | InterruptedException e) {
            // the fetcher hung up, as it should
          }
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private GuardedFetcher fetcher(String allow) {
    return new GuardedFetcher(allow, Duration.ofSeconds(1), 64 * 1024);
  }

  @Test
  void aPostSendsItsBodyUnderTheSameAddressRulesAndFollowsNoRedirect() throws Exception {
    byte[] query = "{\"verificationCode\":\"P-BBBCCCDD\"}".getBytes(StandardCharsets.UTF_8);
    try (GuardedFetcher fetcher = fetcher("127.0.0.1/32")) {
      var answer = fetcher.post(URI.create(base + "/echo"), "application/json", query, null);
      assertThat(new String(answer.body(), StandardCharsets.UTF_8))
          .isEqualTo("POST application/json {\"verificationCode\":\"P-BBBCCCDD\"}");
      assertThatThrownBy(() ->
              fetcher.post(URI.create(base + "/to-metadata"), "application/json", query, null))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("not followed");
    }
    try (GuardedFetcher fetcher = fetcher("")) {
      assertThatThrownBy(
              () -> fetcher.post(URI.create(base + "/echo"), "application/json", query, null))
          .isInstanceOfSatisfying(
              FetchException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN_ADDRESS));
    }
  }

  @Test
  void loopbackIsRefusedUnlessAllowed() throws Exception {
    try (GuardedFetcher fetcher = fetcher("")) {
      assertThatThrownBy(() -> fetcher.get(URI.create(base + "/badge"), "application/json"))
          .isInstanceOfSatisfying(
              FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN_ADDRESS))
          .hasMessageContaining("127.0.0.1");
    }
    try (GuardedFetcher fetcher = fetcher("127.0.0.1/32")) {
      FetchResponse response = fetcher.get(URI.create(base + "/badge"), "application/json");
      assertThat(response.ok()).isTrue();
      assertThat(response.mediaType()).isEqualTo("application/json");
      assertThat(response.text()).contains("badge");
      assertThat(response.maxAge()).isEqualTo(Duration.ofMinutes(10));
    }
  }

  @Test
  void aRedirectToTheMetadataAddressIsRefused() throws Exception {
    try (GuardedFetcher fetcher = fetcher("127.0.0.1/32")) {
      assertThatThrownBy(() -> fetcher.get(URI.create(base + "/to-metadata"), null))
          .isInstanceOfSatisfying(
              FetchException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN_ADDRESS);
                assertThat(e.uri().getHost()).isEqualTo("169.254.169.254");
              });
    }
  }

  @Test
  void endlessRedirectsStop() throws Exception {
    try (GuardedFetcher fetcher = fetcher("127.0.0.1/32")) {
      assertThatThrownBy(() -> fetcher.get(URI.create(base + "/loop"), null))
          .isInstanceOfSatisfying(
              FetchException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS));
    }
  }

  @Test
  void otherSchemesAreRefused() throws Exception {
    try (GuardedFetcher fetcher = fetcher("")) {
      for (String uri :
          new String[] {"file:///etc/passwd", "ftp://example.org/x", "jar:file:/x!/y"}) {
        assertThatThrownBy(() -> fetcher.get(URI.create(uri), null))
            .isInstanceOfSatisfying(
                FetchException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN_SCHEME));
      }
    }
  }

  @Test
  void bodiesPastTheCapAndSlowDripsAreCut() throws Exception {
    try (GuardedFetcher fetcher = fetcher("127.0.0.1/32")) {
      assertThatThrownBy(() -> fetcher.get(URI.create(base + "/huge"), null))
          .isInstanceOfSatisfying(
              FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
      long start = System.nanoTime();
      assertThatThrownBy(() -> fetcher.get(URI.create(base + "/drip"), null))
          .isInstanceOfSatisfying(
              FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }
  }
}
