package org.parcours.connector.openbadges.ld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.parcours.connector.openbadges.crypto.Limits;
import org.parcours.connector.support.StrictJson;

/**
 * The JSON-LD contexts this connector knows: each URL is served from a file of the data directory
 * whose SHA-256 is pinned here, and nothing is ever fetched from the network. A URL outside the
 * table is an unknown context; a file whose digest differs is an altered context. Both are refused.
 */
public final class PinnedContexts {

  /** A pinned context: where its file lives under the data directory and what it must hash to. */
  private record Pin(String file, String sha256) {}

  private static final Map<String, Pin> PINS = new LinkedHashMap<>();

  static {
    pin(
        "https://www.w3.org/ns/credentials/v2",
        "vc-contexts/credentials-v2.jsonld",
        "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734");
    pin(
        "https://www.w3.org/ns/credentials/examples/v2",
        "vc-contexts/credentials-examples-v2.jsonld",
        "57393fbc69d6efb9b9b5dc9cb6b9880b0944360abfe2eaf459c9e58cf2279d7c");
    pin(
        "https://www.w3.org/ns/credentials/undefined-terms/v2",
        "vc-contexts/credentials-undefined-terms-v2.jsonld",
        "82dab514ba44eb18f5d1b0f638c5e140c6a556fbfb5089601bdc0fa5eb8b2581");
    pin(
        "https://www.w3.org/2018/credentials/v1",
        "vc-contexts/credentials-v1.jsonld",
        "ab4ddd9a531758807a79a5b450510d61ae8d147eab966cc9a200c07095b0cdcc");
    pin(
        "https://w3id.org/security/data-integrity/v2",
        "vc-contexts/data-integrity-v2.jsonld",
        "67f21e6e33a6c14e5ccfd2fc7865f7474fb71a04af7e94136cb399dfac8ae8f4");
    pin(
        "https://w3id.org/security/multikey/v1",
        "vc-contexts/multikey-v1.jsonld",
        "c5f3806f8286920573221938917988a18a4cc5a09e968d29649613c7a1c2b1f6");
    pin(
        "https://www.w3.org/ns/did/v1",
        "vc-contexts/did-v1.jsonld",
        "a5d5033333d949be83530bb43395f882953cd09c928fb4c3f729673bb837cd3f");
    pin(
        "https://w3id.org/security/suites/ed25519-2020/v1",
        "vc-contexts/ed25519-signature-2020-v1.jsonld",
        "b1303f014d272d991f81d8767a0f38f6f4169565e08110402ee791fa16be0970");
    pin(
        "https://www.w3.org/ns/credentials/status/v1",
        "vc-bitstring-status-list/bitstring-status-list-context-v1.jsonld",
        "fda5add353231e6a6884a46b12e6c75464281900cb348284d9c360f62381d9f7");
    pin(
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json",
        "openbadges3/context/ob-v3p0-context-3.0.1.json",
        "d582f3564282fb3b709136d28412e78e70b678b4dbc2f0221f67d84932748355");
    pin(
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
        "openbadges3/context/ob-v3p0-context-3.0.2.json",
        "00666ad080ba407687ed1846b7f5e7495f5019042b202a727de47c48a1755c53");
    pin(
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "openbadges3/context/ob-v3p0-context-3.0.3.json",
        "ef2fa9c7846dce233cc166b43639027278be4ee44f00bb1d45c75de2dd0cd761");
    pin(
        "https://w3id.org/openbadges/v2",
        "openbadges2/context/openbadges-v2-context.json",
        "3c0c25a0e581c64cbe632197377c4f334c6c0b95f0d90e3b74449781612b153d");
    pin(
        "https://w3id.org/openbadges/v1",
        "openbadges2/context/openbadges-v1-context.json",
        "406ec07d0e758a41e84bac6361d29e391188492eb25f7efc51bfa19d8b2db810");
  }

  private static void pin(String url, String file, String sha256) {
    PINS.put(url, new Pin(file, sha256));
  }

  private final Map<String, JsonStructure> loaded;
  private final Map<String, String> broken;

  private PinnedContexts(Map<String, JsonStructure> loaded, Map<String, String> broken) {
    this.loaded = Map.copyOf(loaded);
    this.broken = Map.copyOf(broken);
  }

  /**
   * Reads and checks every pinned file once. A missing or altered file does not stop the connector:
   * only credentials using that context are refused, naming it.
   *
   * @param dataDirectory the folder holding the context files
   * @return the contexts
   */
  public static PinnedContexts load(Path dataDirectory) {
    Map<String, JsonStructure> loaded = new LinkedHashMap<>();
    Map<String, String> broken = new LinkedHashMap<>();
    for (Map.Entry<String, Pin> entry : PINS.entrySet()) {
      Path file = dataDirectory.resolve(entry.getValue().file());
      try {
        byte[] bytes = Files.readAllBytes(file);
        String digest = HexFormat.of().formatHex(sha256(bytes));
        if (!digest.equals(entry.getValue().sha256())) {
          broken.put(
              entry.getKey(), "altered context " + entry.getKey() + " (digest " + digest + ")");
          continue;
        }
        loaded.put(
            entry.getKey(), Limits.JSON.structure(new String(bytes, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        broken.put(
            entry.getKey(), "context " + entry.getKey() + " is not installed (" + file + ")");
      } catch (StrictJson.BadJson e) {
        broken.put(entry.getKey(), "altered context " + entry.getKey() + ": " + e.getMessage());
      }
    }
    return new PinnedContexts(loaded, broken);
  }

  /**
   * Why a context URL cannot be used, or empty when it is pinned and intact.
   *
   * @param url a context URL
   * @return the reason it is refused, if it is
   */
  public Optional<String> refusal(String url) {
    if (loaded.containsKey(url)) {
      return Optional.empty();
    }
    String reason = broken.get(url);
    return Optional.of(reason != null ? reason : "unknown context " + url);
  }

  /**
   * The content of a pinned context.
   *
   * @param url the context URL
   * @return its JSON, if pinned and intact
   */
  public Optional<JsonStructure> get(String url) {
    return Optional.ofNullable(loaded.get(url));
  }

  /**
   * A document loader for one operation, serving only pinned contexts. It remembers the first URL
   * it refused so the caller can say which.
   *
   * @return a new loader
   */
  public Loader loader() {
    return new Loader();
  }

  /** A loader that never reaches the network. */
  public final class Loader implements DocumentLoader {
    private volatile String refused;

    @Override
    public com.apicatalog.jsonld.document.Document loadDocument(
        URI url, DocumentLoaderOptions options) throws JsonLdError {
      String key = url.toString();
      JsonStructure json = loaded.get(key);
      if (json == null) {
        String reason = refusal(key).orElseThrow();
        if (refused == null) {
          refused = reason;
        }
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, reason);
      }
      JsonDocument document = JsonDocument.of(MediaType.JSON_LD, json);
      document.setDocumentUrl(url);
      return document;
    }

    /**
     * The first refusal, if any.
     *
     * @return why a context was refused
     */
    public Optional<String> refused() {
      return Optional.ofNullable(refused);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
