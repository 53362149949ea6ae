package org.parcours.portal.issuer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.plugin.http.FetchResponse;
import org.parcours.plugin.issuer.Signer;
import org.parcours.portal.plugin.HostedIssuer;
import org.parcours.portal.plugin.PluginHost;

/**
 * Who this instance is as an issuer: {@code did:web} of its public address, its key, and the DID
 * document that publishes the key. The key comes from {@code parcours.issuer.key} (32 bytes,
 * base64), shared by every instance behind the same address; without it one is generated beside the
 * files, for development only.
 */
@ApplicationScoped
public class InstanceIdentity {

  private static final Logger LOG = Logger.getLogger(InstanceIdentity.class.getName());

  @Inject PluginHost plugins;

  @Inject
  @ConfigProperty(name = "portal.baseUrl")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "parcours.issuer.key")
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "parcours.files.dir")
  String filesDir;

  private InstanceKey key;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // The portal verifies what it issued without leaving the process (its name may not resolve
    // from inside, and plain-http development addresses cannot serve did:web over https).
    plugins
        .fetcher()
        .serveLocally(
            didDocumentUri(),
            () ->
                new FetchResponse(
                    didDocumentUri(),
                    200,
                    "application/did+json",
                    didDocument().orElse("{}").getBytes(StandardCharsets.UTF_8),
                    Duration.ofHours(1)));
  }

  /**
   * The instance's DID, such as {@code did:web:parcours.example} or {@code
   * did:web:localhost%3A9080}.
   *
   * @return the DID
   */
  public String did() {
    URI base = URI.create(baseUrl);
    String host = base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort());
    return "did:web:" + URLEncoder.encode(host, StandardCharsets.UTF_8);
  }

  /** Where did:web resolvers look for the document: always https, always this path. */
  URI didDocumentUri() {
    URI base = URI.create(baseUrl);
    String host = base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort());
    return URI.create("https://" + host + "/.well-known/did.json");
  }

  /**
   * The key, lent to issuers.
   *
   * @return the signer
   */
  public synchronized Signer signer() {
    if (key == null) {
      key = new InstanceKey(seed(), did());
    }
    return key;
  }

  /**
   * The DID document, once an issuer plugin is active to say how its proofs publish keys.
   *
   * @return the document, JSON
   */
  public Optional<String> didDocument() {
    Optional<HostedIssuer> issuer = plugins.issuer();
    if (issuer.isEmpty()) {
      return Optional.empty();
    }
    String method = issuer.get().verificationMethod(signer());
    String id = signer().verificationMethod();
    return Optional.of(
        "{\"@context\":[\"https://www.w3.org/ns/did/v1\",\"https://w3id.org/security/multikey/v1\"],"
            + "\"id\":\""
            + did()
            + "\",\"verificationMethod\":["
            + method
            + "],\"assertionMethod\":[\""
            + id
            + "\"],\"authentication\":[\""
            + id
            + "\"]}");
  }

  private byte[] seed() {
    String text = configuredKey.filter(k -> !k.isBlank()).orElseGet(this::localKey);
    try {
      return Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("parcours.issuer.key must be base64", e);
    }
  }

  private String localKey() {
    Path file = Path.of(filesDir).resolve(".issuer-key");
    try {
      if (!Files.exists(file)) {
        LOG.warning("No PARCOURS_ISSUER_KEY: generating " + file + " (development only; see docs)");
        Files.createDirectories(file.getParent());
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        Files.writeString(file, Base64.getEncoder().encodeToString(seed));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
