package org.parcours.connector.openbadges;

import com.nimbusds.jose.jwk.JWK;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.text.ParseException;
import java.util.Locale;
import org.parcours.connector.openbadges.crypto.Failure;
import org.parcours.connector.openbadges.crypto.Limits;
import org.parcours.connector.openbadges.crypto.Multibase;
import org.parcours.connector.support.StrictJson;

/**
 * Resolves a verification method to a public key and its controller: {@code did:key} (Ed25519),
 * {@code did:web} (the DID document fetched over https) and https controller documents.
 */
final class Keys {

  /**
   * A resolved public key.
   *
   * @param id the verification method id
   * @param controller who controls the key (a DID or URL)
   * @param ed25519 the raw Ed25519 key, or null
   * @param jwk the key as a JWK, or null
   */
  record Key(String id, String controller, byte[] ed25519, JWK jwk) {}

  private final Fetches fetches;

  Keys(Fetches fetches) {
    this.fetches = fetches;
  }

  /**
   * Resolves a verification method.
   *
   * @param methodId the {@code verificationMethod} or JWT {@code kid}
   * @return the key
   * @throws Failure {@code key.unresolvable} (definite) or {@code fetch.failed} (maybe temporary)
   */
  Key resolve(String methodId) throws Failure {
    if (methodId == null || methodId.isBlank()) {
      throw new Failure("key.unresolvable", "The proof names no verification method.");
    }
    if (methodId.startsWith("did:key:")) {
      return didKey(methodId);
    }
    if (methodId.startsWith("did:web:")) {
      return didWeb(methodId);
    }
    if (methodId.startsWith("did:")) {
      throw new Failure(
          "key.unresolvable", "Unsupported DID method in verification method " + methodId + ".");
    }
    URI uri;
    try {
      uri = new URI(methodId);
    } catch (java.net.URISyntaxException e) {
      throw new Failure("key.unresolvable", "Verification method is not a URI: " + methodId);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new Failure(
          "key.unresolvable", "Verification method " + methodId + " is neither a DID nor a URL.");
    }
    return controllerDocument(methodId, uri);
  }

  private static Key didKey(String methodId) throws Failure {
    String did = methodId.contains("#") ? methodId.substring(0, methodId.indexOf('#')) : methodId;
    String multibase = did.substring("did:key:".length());
    if (methodId.contains("#")
        && !methodId.substring(methodId.indexOf('#') + 1).equals(multibase)) {
      throw new Failure("key.unresolvable", "Malformed did:key verification method " + methodId);
    }
    try {
      return new Key(methodId, did, Multibase.ed25519PublicKey(multibase), null);
    } catch (IllegalArgumentException e) {
      throw new Failure(
          "key.unresolvable", "Only Ed25519 did:key identifiers are supported: " + did, e);
    }
  }

  private Key didWeb(String methodId) throws Failure {
    int hash = methodId.indexOf('#');
    if (hash < 0) {
      // a DID document may list several keys; guessing one would verify against the wrong key
      throw new Failure(
          "key.unresolvable", "The signature names the DID " + methodId + " but not which key.");
    }
    String did = methodId.substring(0, hash);
    URI url = DidWeb.documentUrl(did);
    JsonObject document = fetchJson(url);
    if (!did.equals(StrictJson.string(document, "id"))) {
      throw new Failure(
          "key.unresolvable", "The DID document at " + url + " is not the document of " + did);
    }
    return fromDocument(methodId, did, document);
  }

  private Key controllerDocument(String methodId, URI uri) throws Failure {
    URI documentUri;
    try {
      documentUri =
          new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null); // without the fragment
    } catch (java.net.URISyntaxException e) {
      throw new Failure("key.unresolvable", "Bad verification method URL " + methodId, e);
    }
    JsonObject document = fetchJson(documentUri);
    if (methodId.equals(StrictJson.string(document, "id"))) {
      // the verification method itself
      return key(methodId, document, StrictJson.string(document, "controller"));
    }
    String documentId = StrictJson.string(document, "id");
    if (documentId == null || !documentId.equals(documentUri.toString())) {
      throw new Failure(
          "key.unresolvable",
          "The controller document at " + documentUri + " does not have that address as its id.");
    }
    return fromDocument(methodId, documentId, document);
  }

  private static Key fromDocument(String methodId, String documentId, JsonObject document)
      throws Failure {
    JsonObject method = find(methodId, documentId, document.get("verificationMethod"));
    JsonObject embedded = find(methodId, documentId, document.get("assertionMethod"));
    if (method == null) {
      method = embedded;
    }
    if (method == null) {
      throw new Failure(
          "key.unresolvable", "The document of " + documentId + " has no key " + methodId + ".");
    }
    if (embedded == null && !referenced(methodId, documentId, document.get("assertionMethod"))) {
      throw new Failure(
          "key.not-for-assertion",
          "The key " + methodId + " is not listed for issuing credentials (assertionMethod).");
    }
    String controller = StrictJson.string(method, "controller");
    if (controller != null && !controller.equals(documentId)) {
      throw new Failure(
          "key.unresolvable",
          "The key " + methodId + " names controller " + controller + ", not " + documentId);
    }
    return key(methodId, method, documentId);
  }

  private static boolean matches(String id, String methodId, String documentId) {
    return id != null
        && (id.equals(methodId) || (id.startsWith("#") && methodId.equals(documentId + id)));
  }

  private static JsonObject find(String methodId, String documentId, JsonValue list) {
    if (list instanceof JsonArray array) {
      for (JsonValue value : array) {
        if (value instanceof JsonObject o
            && matches(StrictJson.string(o, "id"), methodId, documentId)) {
          return o;
        }
      }
    }
    return null;
  }

  private static boolean referenced(String methodId, String documentId, JsonValue list) {
    if (list instanceof JsonArray array) {
      for (JsonValue value : array) {
        if (value instanceof JsonString s && matches(s.getString(), methodId, documentId)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Key key(String methodId, JsonObject method, String controller) throws Failure {
    if (controller == null) {
      throw new Failure("key.unresolvable", "The key " + methodId + " names no controller.");
    }
    String multibase = StrictJson.string(method, "publicKeyMultibase");
    try {
      if (multibase != null) {
        return new Key(methodId, controller, Multibase.ed25519PublicKey(multibase), null);
      }
      if (method.get("publicKeyJwk") instanceof JsonObject jwkJson) {
        JWK jwk = JWK.parse(jwkJson.toString());
        if (jwk.isPrivate()) {
          throw new Failure("key.unresolvable", "The published key contains a private part.");
        }
        byte[] ed = null;
        if (jwk instanceof com.nimbusds.jose.jwk.OctetKeyPair okp
            && "Ed25519".equals(okp.getCurve().getName())) {
          ed = okp.getDecodedX();
        }
        return new Key(methodId, controller, ed, jwk);
      }
    } catch (IllegalArgumentException | ParseException e) {
      throw new Failure("key.unresolvable", "The key " + methodId + " cannot be read: " + e, e);
    }
    throw new Failure(
        "key.unresolvable", "The key " + methodId + " has no publicKeyMultibase or publicKeyJwk.");
  }

  private JsonObject fetchJson(URI uri) throws Failure {
    var response =
        fetches.get(
            uri,
            "application/did+json, application/did+ld+json, application/ld+json, application/json");
    try {
      return Limits.JSON.object(response.text());
    } catch (StrictJson.BadJson e) {
      throw new Failure(
          "key.unresolvable", "The document at " + uri + " is not usable: " + e.getMessage(), e);
    }
  }
}
