package org.parcours.connector.europass;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.testkit.TestingPluginContext;

/**
 * The Europass samples of the shared data folder (system property {@code parcours.data.dir}), the
 * test PKI of {@code src/test/resources/pki} (keys made for these tests only), and contexts.
 */
final class Fixtures {

  static final String CERT_OF_PART = "elm-v3-jsonld-examples/Sample-CertOfPart-unsigned.jsonld";
  static final String CERT_OF_PART_SIGNED =
      "elm-v3-jsonld-examples/Sample-CertOfPart-signed.jsonld";
  static final String CERT_OF_PART_UPLOADABLE =
      "elm-v3-jsonld-examples/Sample-CertOfPart-unsigned-uploadable.json";
  static final String MICRO = "elm-v3-jsonld-examples/Sample-MC-Annex1-unsigned.jsonld";
  static final String MICRO_SIGNED = "elm-v3-jsonld-examples/Sample-MC-Annex1-signed.jsonld";
  static final String MICRO_UPLOADABLE =
      "elm-v3-jsonld-examples/Sample-MC-Annex1-unsigned-uploadable.json";
  static final String RDF_SAMPLE = "elm-v3-jsonld-examples/rdf-samples-credential-sample.jsonld";
  static final String DEGREE = "mynextid-degree-certificate/edc-dc-example.json";
  static final String DEGREE_SIGNED = "mynextid-degree-certificate/edc-dc-signed.jsonld";
  static final String DIPLOMA_XML = "elm-v2-xml-examples/EDC_DiplomaSupplement_AA.xml";

  /** The holder of the EDC team's signed samples. */
  static final String ANA = "ana.andromeda.4edc@gmail.com";

  /** When the ANF test seal of the EDC samples (May 2023 to May 2025) was valid. */
  static final Instant WHILE_ANF_SEAL_VALID = Instant.parse("2024-06-01T00:00:00Z");

  /** When the test PKI of src/test/resources/pki (made in November 2026) is valid. */
  static final Instant WHILE_TEST_PKI_VALID = Instant.parse("2027-06-01T00:00:00Z");

  private Fixtures() {}

  static Path data() {
    String dir = System.getProperty("parcours.data.dir");
    if (dir == null) {
      throw new IllegalStateException("system property parcours.data.dir is not set");
    }
    return Path.of(dir, "europass-edc");
  }

  static byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(data().resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String relative) {
    return new String(bytes(relative), StandardCharsets.UTF_8);
  }

  static CredentialInput input(String relative) {
    String name = Path.of(relative).getFileName().toString();
    String type = name.endsWith(".xml") ? "application/xml" : "application/ld+json";
    return new CredentialInput(bytes(relative), type, name, null);
  }

  static CredentialInput input(byte[] bytes) {
    return new CredentialInput(bytes, null, null, null);
  }

  static Recipient ana() {
    return new Recipient(Set.of(ANA), Set.of());
  }

  static Recipient recipient(String email) {
    return new Recipient(Set.of(email), Set.of());
  }

  static TestingPluginContext context() {
    return new TestingPluginContext(EuropassPlugin.class);
  }

  /** A context trusting the given PEM file. */
  static TestingPluginContext trusting(Path pem) {
    return context().set(EuropassConnectorFactory.TRUST_LIST, pem.toString());
  }

  static Connector connector(TestingPluginContext context) {
    return new EuropassPlugin().connectors().get(0).create(context);
  }

  static Connector connector() {
    return connector(context());
  }

  /** The signing certificate a JAdES sample carries (first of x5c). */
  static X509Certificate jadesSigner(String relative) {
    try {
      Jades.Envelope envelope = Jades.read(Inputs.json(text(relative)));
      String x5c = envelope.protectedHeader().getJsonArray("x5c").getString(0);
      return certificate(Base64.getDecoder().decode(x5c));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static X509Certificate certificate(byte[] der) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes certificates as a PEM bundle in a temporary file. */
  static Path pem(X509Certificate... certificates) {
    try {
      StringBuilder pem = new StringBuilder();
      for (X509Certificate certificate : certificates) {
        pem.append("-----BEGIN CERTIFICATE-----\n")
            .append(
                Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded()))
            .append("\n-----END CERTIFICATE-----\n");
      }
      Path file = Files.createTempFile("trust-", ".pem");
      file.toFile().deleteOnExit();
      Files.writeString(file, pem, StandardCharsets.US_ASCII);
      return file;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file of the test PKI, copied out of the class path. */
  static Path pki(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/pki/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource pki/" + name);
      }
      Path file = Files.createTempFile("pki-", "-" + name);
      file.toFile().deleteOnExit();
      Files.write(file, in.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static X509Certificate pkiCertificate(String name) {
    try {
      return certificate(
          CertificateFactory.getInstance("X.509")
              .generateCertificate(Files.newInputStream(pki(name)))
              .getEncoded());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static PrivateKey sealKey() {
    try {
      String pem = Files.readString(pki("seal-key.pem"), StandardCharsets.US_ASCII);
      String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The payload (credential JSON) of a JAdES sample. */
  static String payload(String relative) {
    try {
      return Jades.read(Inputs.json(text(relative))).payload();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Seals a credential as the EDC infrastructure does: JWS JSON serialization, RS256, unencoded
   * payload, x5c chain and sigT, with the test seal key.
   */
  static String seal(String credential, String protectedHeaderJson) {
    try {
      String protectedPart =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(protectedHeaderJson.getBytes(StandardCharsets.UTF_8));
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(sealKey());
      rsa.update((protectedPart + "." + credential).getBytes(StandardCharsets.UTF_8));
      String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
      JsonObject envelope =
          Json.createObjectBuilder()
              .add("payload", credential)
              .add(
                  "signatures",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("protected", protectedPart)
                              .add("signature", signature)))
              .build();
      return envelope.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JAdES protected header with the test seal's chain. */
  static String header(String alg, String... more) {
    try {
      JsonArrayBuilder x5c = Json.createArrayBuilder();
      for (String name : List.of("seal.pem", "root-ca.pem")) {
        x5c.add(Base64.getEncoder().encodeToString(pkiCertificate(name).getEncoded()));
      }
      String extra = more.length == 0 ? "" : "," + String.join(",", more);
      return "{\"alg\":\""
          + alg
          + "\",\"cty\":\"octet-stream\",\"typ\":\"jose+json\",\"b64\":false,"
          + "\"crit\":[\"b64\",\"sigT\"],\"sigT\":\"2027-01-01T10:00:00Z\",\"x5c\":"
          + x5c.build()
          + extra
          + "}";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
