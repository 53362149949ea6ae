package org.parcours.connector.openbadges;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.testkit.TestingPluginContext;

/** The shared test data (system property {@code parcours.data.dir}) and contexts serving it. */
final class Fixtures {

  /** The published test key of the OB 3.0 implementation guide (a test key, never use it). */
  static final String TEST_KEY = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";

  static final String TEST_SECRET =
      "zrv2bqTbNwCTsRrHFcJCPjVAduh4Ezcnoq1A3ZxH1GWTNkxipLVuaAoMFmze2gFN9oNXfJjufxSHWVZzsJiUsMHFMcx";

  static final String SUBJECT = "did:example:ebfeb1f712ebc6f1c276e12ec21";

  /** Controllers the 1EdTech fixtures and the implementation guide name with the test key. */
  static final List<String> CONTROLLERS =
      List.of(
          "https://example.edu/issuers/565049",
          "https://example.com/issuers/876543",
          "https://1edtech.edu/issuers/565049");

  private Fixtures() {}

  static Path data() {
    String dir = System.getProperty("parcours.data.dir");
    if (dir == null) {
      throw new IllegalStateException("system property parcours.data.dir is not set");
    }
    return Path.of(dir);
  }

  static Path file(String relative) {
    return data().resolve(relative);
  }

  static byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(file(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String relative) {
    return new String(bytes(relative), StandardCharsets.UTF_8);
  }

  static CredentialInput input(String relative) {
    String name = Path.of(relative).getFileName().toString();
    String type =
        name.endsWith(".png")
            ? "image/png"
            : name.endsWith(".svg")
                ? "image/svg+xml"
                : name.endsWith(".jwt") ? "application/jwt" : "application/json";
    return new CredentialInput(bytes(relative), type, name, null);
  }

  static Recipient subject() {
    return new Recipient(Set.of("camille@example.org"), Set.of(SUBJECT));
  }

  /** A controller document publishing Ed25519 Multikeys for assertions. */
  static byte[] controllerDocument(String controller, String... publicKeyMultibases) {
    StringBuilder methods = new StringBuilder();
    StringBuilder assertion = new StringBuilder();
    for (String key : publicKeyMultibases) {
      String method = controller + "#" + key;
      methods
          .append(methods.isEmpty() ? "" : ",")
          .append("{\"id\":\"")
          .append(method)
          .append("\",\"type\":\"Multikey\",\"controller\":\"")
          .append(controller)
          .append("\",\"publicKeyMultibase\":\"")
          .append(key)
          .append("\"}");
      assertion.append(assertion.isEmpty() ? "" : ",").append('"').append(method).append('"');
    }
    return ("{\"@context\":[\"https://www.w3.org/ns/did/v1\",\"https://w3id.org/security/multikey/v1\"],"
            + "\"id\":\""
            + controller
            + "\",\"verificationMethod\":["
            + methods
            + "],"
            + "\"assertionMethod\":["
            + assertion
            + "]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A context with the data directory, the fixture controllers and the 1EdTech status list. */
  static TestingPluginContext context() {
    TestingPluginContext context =
        new TestingPluginContext(OpenBadgesPlugin.class)
            .set(OpenBadgesConnectorFactory.DATA_DIR, data().toString());
    for (String controller : CONTROLLERS) {
      context.serve(
          URI.create(controller),
          "application/json",
          controllerDocument(
              controller, TEST_KEY, "z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x"));
    }
    context.serve(
        URI.create(
            "https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist"),
        "application/json",
        bytes("openbadges3/validator-fixtures/ob30/bit-string-list/testlist"));
    serveOb2Assets(context);
    return context;
  }

  /** Serves the OB 2.0 hosted documents under the example.org addresses the fixtures use. */
  static void serveOb2Assets(TestingPluginContext context) {
    Path assets = file("openbadges3/validator-fixtures/ob20/assets");
    try (Stream<Path> files = Files.list(assets)) {
      for (Path f : files.toList()) {
        byte[] body = Files.readAllBytes(f);
        for (String scheme : List.of("http", "https")) {
          context.serve(
              URI.create(scheme + "://example.org/" + f.getFileName()), "application/json", body);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Connector connector(TestingPluginContext context) {
    return new OpenBadgesPlugin().connectors().get(0).create(context);
  }

  static Connector connector() {
    return connector(context());
  }

  static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
