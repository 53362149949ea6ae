package org.parcours.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.http.FetchException;
import org.parcours.plugin.http.FetchResponse;
import org.parcours.plugin.http.HttpFetcher;
import org.parcours.portal.testing.MutableClock;

class PluginLoaderTest {

  private static final String TITLE_FROM_CONFIG =
      "return new ParsedCredential(\"partner\", null, context.configuration().require(\"greeting\")"
          + " + \" \" + input.text().substring(8), null, new ParsedCredential.Issuer(null, \"Partner\","
          + " null), null, null, null, null, List.of());";

  private static final Duration COOLDOWN = Duration.ofMinutes(1);

  @TempDir Path dir;
  private HttpFetcher fetcher =
      (uri, accept) -> {
        throw new FetchException(FetchException.Reason.UNREACHABLE, uri, "offline");
      };
  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private PluginLoader loader(Duration timeout, int concurrency, Map<String, String> config) {
    return loader(timeout, timeout, concurrency, config);
  }

  private PluginLoader loader(
      Duration callTimeout, Duration startTimeout, int concurrency, Map<String, String> config) {
    return new PluginLoader(
        new PluginSettings(
            dir.resolve("plugins"), callTimeout, startTimeout, concurrency, 2, COOLDOWN),
        key -> Optional.ofNullable(config.get(key)),
        clock,
        fetcher,
        executor);
  }

  private PluginLoader loader() {
    return loader(Duration.ofSeconds(5), 4, Map.of());
  }

  @Test
  void aPluginBuiltOutsideThePortalLoadsAndServes() throws Exception {
    PluginJars.build(dir, "partner-one", "1.0", "", TITLE_FROM_CONFIG);

    InstalledPlugin plugin =
        loader(Duration.ofSeconds(5), 4, Map.of("parcours.plugin.partner-one.greeting", "bonjour"))
            .loadAll()
            .get(0);

    assertThat(plugin.state()).isEqualTo(PluginState.ACTIVE);
    assertThat(plugin.descriptor().orElseThrow().version()).isEqualTo("1.2.3");
    HostedConnector connector = plugin.connectors().get(0);
    assertThat(connector.id()).isEqualTo("partner-one/main");
    assertThat(connector.parse(CredentialInput.ofText("partner:CACES")).title())
        .isEqualTo("bonjour CACES");
    assertThat(connector.describe("unsigned", Locale.FRENCH, "?")).isEqualTo("Non signé");
    assertThat(connector.describe("unsigned", Locale.ENGLISH, "?")).isEqualTo("Not signed");
  }

  @Test
  void declaredDefaultsApplyWhenNothingIsConfigured() throws Exception {
    PluginJars.build(dir, "partner-one", "1.0", "", TITLE_FROM_CONFIG);

    HostedConnector connector = loader().loadAll().get(0).connectors().get(0);

    assertThat(connector.parse(CredentialInput.ofText("partner:x")).title()).isEqualTo("hello x");
  }

  @Test
  void aPluginForAnotherApiMajorIsRefusedBeforeAnyOfItsCodeRuns() throws Exception {
    PluginJars.build(
        dir,
        "future",
        "2.0",
        "static { System.setProperty(\"future.ran\", \"yes\"); }",
        TITLE_FROM_CONFIG);

    InstalledPlugin plugin = loader().loadAll().get(0);

    assertThat(plugin.state()).isEqualTo(PluginState.REFUSED);
    assertThat(plugin.reason()).contains("2.0").contains("1.0");
    assertThat(System.getProperty("future.ran")).isNull();
  }

  @Test
  void aPluginLoadCutShortByTheHostStoppingSaysSoRatherThanThatThePluginFailed() throws Exception {
    PluginJars.build(dir, "partner-one", "1.0", "", TITLE_FROM_CONFIG);
    PluginLoader loader = loader();
    executor.shutdownNow();

    InstalledPlugin plugin = loader.loadAll().get(0);

    assertThat(plugin.state()).isEqualTo(PluginState.FAILED);
    assertThat(plugin.reason()).isEqualTo("not started: the portal stopped");
  }

  @Test
  void aPluginThatThrowsWhileStartingIsMarkedFailedAndTheOthersLoad() throws Exception {
    PluginJars.build(
        dir,
        "broken",
        "1.0",
        "public PartnerPlugin() { throw new IllegalStateException(\"no licence file\"); }",
        TITLE_FROM_CONFIG);
    PluginJars.build(dir, "healthy", "1.0", "", TITLE_FROM_CONFIG);

    List<InstalledPlugin> plugins = loader().loadAll();

    assertThat(plugins).extracting(InstalledPlugin::id).containsExactly("broken", "healthy");
    assertThat(plugins.get(0).state()).isEqualTo(PluginState.FAILED);
    assertThat(plugins.get(0).reason()).contains("no licence file");
    assertThat(plugins.get(1).state()).isEqualTo(PluginState.ACTIVE);
  }

  @Test
  void aJarWithoutDescriptorIsRefusedWithTheReason() throws Exception {
    Files.write(
        Files.createDirectories(dir.resolve("plugins")).resolve("stray.jar"),
        new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});

    InstalledPlugin plugin = loader().loadAll().get(0);

    assertThat(plugin.state()).isEqualTo(PluginState.REFUSED);
    assertThat(plugin.reason()).contains("parcours-plugin.properties");
  }

  @Test
  void pluginsCannotReachPortalClasses() throws Exception {
    PluginJars.build(
        dir,
        "curious",
        "1.0",
        "",
        "try { Class.forName(\"org.parcours.portal.plugin.PluginHost\"); return null; }"
            + " catch (ClassNotFoundException e) { throw new CredentialRejected(\"isolated\", \"portal classes are out of reach\"); }");

    HostedConnector connector = loader().loadAll().get(0).connectors().get(0);

    assertThatThrownBy(() -> connector.parse(CredentialInput.ofText("partner:x")))
        .isInstanceOf(CredentialRejected.class)
        .hasMessageContaining("out of reach");
  }

  @Test
  void aSlowCallIsThatCallsFailureAndRepeatedOnesPauseThePluginForItsCooldown() throws Exception {
    PluginJars.build(
        dir,
        "slow",
        "1.0",
        "",
        "try { Thread.sleep(10_000); } catch (InterruptedException e) { } return null;");
    InstalledPlugin plugin = loader(Duration.ofMillis(200), 4, Map.of()).loadAll().get(0);
    HostedConnector connector = plugin.connectors().get(0);

    long start = System.nanoTime();
    assertThatThrownBy(() -> connector.parse(CredentialInput.ofText("partner:x")))
        .isInstanceOfSatisfying(
            PluginUnavailable.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PluginUnavailable.Kind.TIMED_OUT);
              assertThat(e.status()).isEqualTo(504);
              assertThat(e.problemKind()).isEqualTo("plugin-timeout");
            })
        .hasMessageContaining("within 200 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(plugin.state()).as("one slow call").isEqualTo(PluginState.ACTIVE);

    assertThatThrownBy(() -> connector.parse(CredentialInput.ofText("partner:x")))
        .isInstanceOf(PluginUnavailable.class);

    assertThat(plugin.state()).isEqualTo(PluginState.PAUSED);
    assertThat(plugin.reason()).contains("2 calls in a row failed").contains("200 ms");
    assertThat(connector.accepts(CredentialInput.ofText("partner:x"))).isFalse();
    assertThatThrownBy(() -> connector.parse(CredentialInput.ofText("partner:x")))
        .isInstanceOfSatisfying(
            PluginUnavailable.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PluginUnavailable.Kind.PAUSED);
              assertThat(e.retryAfterSeconds(clock.instant())).isEqualTo(61);
            })
        .hasMessageContaining("paused");
  }

  @Test
  void aPausedPluginComesBackByItselfAfterItsCooldownAndAdminsSeeWhy() throws Exception {
    String down = "parcours.test.flaky.down";
    PluginJars.build(
        dir,
        "flaky",
        "1.0",
        "",
        "if (System.getProperty(\""
            + down
            + "\") != null) throw new IllegalStateException(\"upstream"
            + " down\"); "
            + TITLE_FROM_CONFIG);
    InstalledPlugin plugin = loader().loadAll().get(0);
    HostedConnector connector = plugin.connectors().get(0);
    CredentialInput input = CredentialInput.ofText("partner:CACES");
    try {
      System.setProperty(down, "yes");
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> connector.parse(input))
            .isInstanceOfSatisfying(
                PluginUnavailable.class,
                e -> assertThat(e.kind()).isEqualTo(PluginUnavailable.Kind.FAILED));
      }
      PluginView paused = PluginView.of(plugin);
      assertThat(paused.state()).isEqualTo("paused");
      assertThat(paused.reason())
          .contains("upstream down")
          .contains("paused until 2025-03-01T10:01:00Z");

      System.clearProperty(down);
      assertThatThrownBy(() -> connector.parse(input))
          .as("still within the cooldown, though the plugin would answer")
          .isInstanceOfSatisfying(
              PluginUnavailable.class,
              e -> assertThat(e.kind()).isEqualTo(PluginUnavailable.Kind.PAUSED));

      clock.advance(COOLDOWN);
      assertThat(PluginView.of(plugin).state()).isEqualTo("active");
      assertThat(PluginView.of(plugin).reason()).contains("trial");
      assertThat(connector.parse(input).title()).isEqualTo("hello CACES");
      assertThat(PluginView.of(plugin).reason()).isNull();

      System.setProperty(down, "yes");
      assertThatThrownBy(() -> connector.parse(input)).isInstanceOf(PluginUnavailable.class);
      assertThat(plugin.state()).as("one failure after recovering").isEqualTo(PluginState.ACTIVE);
      assertThatThrownBy(() -> connector.parse(input)).isInstanceOf(PluginUnavailable.class);
      clock.advance(COOLDOWN);
      assertThatThrownBy(() -> connector.parse(input)).isInstanceOf(PluginUnavailable.class);
      assertThat(plugin.state()).isEqualTo(PluginState.PAUSED);
      assertThat(plugin.reason()).contains("trial call after a pause failed");
    } finally {
      System.clearProperty(down);
    }
  }

  private static final String FETCH_ONCE =
      "try { var answer = context.http().%s; throw new CredentialRejected(\"fetched\", \"status \""
          + " + answer.status()); } catch (org.parcours.plugin.http.FetchException e) { throw new"
          + " CredentialRejected(\"fetch.\" + e.reason(), e.getMessage()); }";

  @Test
  void aPluginThatDidNotAskForTheNetworkCannotFetch() throws Exception {
    AtomicInteger fetched = new AtomicInteger();
    fetcher =
        (uri, accept) -> {
          fetched.incrementAndGet();
          return new FetchResponse(
              uri, 200, "application/json", new byte[] {'{', '}'}, Duration.ZERO);
        };
    PluginJars.build(
        dir,
        "offline",
        "1.0",
        "",
        FETCH_ONCE.formatted("get(java.net.URI.create(\"https://example.org/b.json\"), \"*/*\")"));
    PluginJars.build(
        dir,
        "poster",
        "1.0",
        "",
        FETCH_ONCE.formatted(
            "post(java.net.URI.create(\"https://example.org/q\"), \"application/json\", new"
                + " byte[0], \"*/*\")"));
    PluginJars.build(
        dir,
        "online",
        "1.0",
        "",
        FETCH_ONCE.formatted("get(java.net.URI.create(\"https://example.org/b.json\"), \"*/*\")"),
        "network");
    List<InstalledPlugin> plugins = loader().loadAll();
    CredentialInput input = CredentialInput.ofText("partner:x");

    assertThat(plugins)
        .extracting(InstalledPlugin::id)
        .containsExactly("offline", "online", "poster");
    assertThatThrownBy(() -> plugins.get(0).connectors().get(0).parse(input))
        .isInstanceOfSatisfying(
            CredentialRejected.class, e -> assertThat(e.code()).isEqualTo("fetch.NOT_PERMITTED"))
        .hasMessageContaining("did not ask for the network permission");
    assertThatThrownBy(() -> plugins.get(2).connectors().get(0).parse(input))
        .isInstanceOfSatisfying(
            CredentialRejected.class, e -> assertThat(e.code()).isEqualTo("fetch.NOT_PERMITTED"));
    assertThat(fetched).as("the host's fetcher was never reached").hasValue(0);

    assertThatThrownBy(() -> plugins.get(1).connectors().get(0).parse(input))
        .isInstanceOfSatisfying(
            CredentialRejected.class, e -> assertThat(e.code()).isEqualTo("fetched"));
    assertThat(fetched).as("with the permission, the same call goes out").hasValue(1);
  }

  @Test
  void aStartSlowerThanACallStillEndsWithAServingPlugin() throws Exception {
    PluginJars.build(
        dir,
        "cold",
        "1.0",
        "{ try { Thread.sleep(600); } catch (InterruptedException e) { } }",
        "throw new CredentialRejected(\"unreadable\", \"never parsed here\");");

    InstalledPlugin plugin =
        loader(Duration.ofMillis(200), Duration.ofSeconds(10), 4, Map.of()).loadAll().get(0);

    assertThat(plugin.state()).isEqualTo(PluginState.ACTIVE);
    assertThat(plugin.connectors()).hasSize(1);
  }

  @Test
  void aStartPastItsOwnLimitMarksThePluginFailed() throws Exception {
    PluginJars.build(
        dir,
        "stuck",
        "1.0",
        "{ try { Thread.sleep(10_000); } catch (InterruptedException e) { } }",
        "throw new CredentialRejected(\"unreadable\", \"never parsed here\");");

    InstalledPlugin plugin =
        loader(Duration.ofSeconds(10), Duration.ofMillis(200), 4, Map.of()).loadAll().get(0);

    assertThat(plugin.state()).isEqualTo(PluginState.FAILED);
    assertThat(plugin.connectors()).isEmpty();
  }

  @Test
  void theBulkheadRefusesCallsBeyondThePluginsShare() throws Exception {
    PluginJars.build(
        dir,
        "busy",
        "1.0",
        "",
        "try { Thread.sleep(1_000); } catch (InterruptedException e) { } return null;");
    InstalledPlugin plugin = loader(Duration.ofSeconds(5), 1, Map.of()).loadAll().get(0);
    HostedConnector connector = plugin.connectors().get(0);

    CompletableFuture<?> first =
        CompletableFuture.runAsync(() -> {
          try {
            connector.parse(CredentialInput.ofText("partner:x"));
          } catch (CredentialRejected e) {
            throw new IllegalStateException(e);
          }
        });
    await().atMost(Duration.ofSeconds(5)).until(() -> plugin.calls().inFlight() == 1);

    assertThatThrownBy(() -> connector.parse(CredentialInput.ofText("partner:y")))
        .isInstanceOf(PluginUnavailable.class)
        .hasMessageContaining("busy");
    first.join();
  }
}
