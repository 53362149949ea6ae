package org.parcours.connector.openbadges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.parcours.connector.openbadges.VerificationTest.outcome;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.parcours.connector.openbadges.crypto.Limits;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Verdict;

class HostileInputTest {

  private static final String VECTOR =
      "openbadges3/test-vector-eddsa-rdfc-2022/credential-signed.json";

  private final Connector connector = Fixtures.connector();

  private String rejectionCode(CredentialInput input) {
    CredentialRejected rejected =
        catchThrowableOfType(CredentialRejected.class, () -> connector.parse(input));
    assertThat(rejected).as("parse of %s", input).isNotNull();
    assertThat(rejected.getMessage()).isNotBlank();
    VerificationReport report = connector.verify(input, Fixtures.subject());
    assertThat(report.verdict()).isNotEqualTo(Verdict.VERIFIED);
    return rejected.code();
  }

  private static String b64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String vcPayload() {
    return b64(
        Fixtures.text(VECTOR)
            .replace(
                "\"https://example.edu/issuers/565049\"", "\"did:key:" + Fixtures.TEST_KEY + "\""));
  }

  @Test
  void algNoneIsRefused() {
    String token = b64("{\"alg\":\"none\"}") + "." + vcPayload() + ".";
    VerificationReport report = connector.verify(CredentialInput.ofText(token), Fixtures.subject());
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("FAILED jwt.alg-forbidden");
  }

  @Test
  void hs256WithThePublicKeyAsSecretIsRefused() throws Exception {
    byte[] secret = Fixtures.TEST_KEY.getBytes(StandardCharsets.UTF_8);
    String input =
        b64(
                "{\"alg\":\"HS256\",\"kid\":\"did:key:"
                    + Fixtures.TEST_KEY
                    + "#"
                    + Fixtures.TEST_KEY
                    + "\"}")
            + "."
            + vcPayload();
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(java.util.Arrays.copyOf(secret, 64), "HmacSHA256"));
    String token =
        input
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    VerificationReport report = connector.verify(CredentialInput.ofText(token), Fixtures.subject());
    assertThat(outcome(report, Aspect.SIGNATURE)).isEqualTo("FAILED jwt.alg-forbidden");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void inputOver256KiBIsRefusedBeforeReading() {
    String big = "{\"a\":\"" + "x".repeat(300 * 1024) + "\"}";
    assertThat(rejectionCode(CredentialInput.ofText(big))).isEqualTo("input.too-large");
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    assertThat(rejectionCode(CredentialInput.ofText(deep))).isEqualTo("json.too-deep");
  }

  @Test
  void jsonAsDeepAsAllowedIsReadAndOneLevelDeeperIsRefused() {
    int arrays = Limits.MAX_JSON_DEPTH - 1; // inside the root object

    String deepest = "{\"a\":" + "[".repeat(arrays) + "]".repeat(arrays) + "}";
    assertThat(rejectionCode(CredentialInput.ofText(deepest))).isEqualTo("input.unrecognized");
    String deeper = "{\"a\":" + "[".repeat(arrays + 1) + "]".repeat(arrays + 1) + "}";
    assertThat(rejectionCode(CredentialInput.ofText(deeper))).isEqualTo("json.too-deep");
  }

  @Test
  void duplicateKeysAreRefused() {
    String text =
        Fixtures.text(VECTOR)
            .replace(
                "\"name\": \"Teamwork Badge\",",
                "\"name\": \"Teamwork Badge\", \"name\": \"Other\",");
    assertThat(text).contains("\"Other\"");
    assertThat(rejectionCode(CredentialInput.ofText(text))).isEqualTo("json.duplicate-key");
  }

  @Test
  void gzipBombStatusListIsRefused() throws Exception {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip =
        new GZIPOutputStream(compressed, 1 << 16) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 1024; i++) { // 1 GiB of zeros
        gzip.write(zeros);
      }
    }
    String encoded =
        "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    long start = System.nanoTime();
    var failure =
        catchThrowableOfType(
            org.parcours.connector.openbadges.crypto.Failure.class,
            () -> StatusLists.inflate(encoded));
    assertThat(failure.code()).isEqualTo("status.too-large");
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }

  @Test
  void svgWithAnExternalEntityIsRefused() {
    String svg =
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://openbadges.org\">"
            + "<openbadges:assertion>&xxe;</openbadges:assertion></svg>";
    String code =
        rejectionCode(
            new CredentialInput(
                svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml", "x.svg", null));
    assertThat(code).isIn("svg.dtd", "svg.malformed");
  }

  @Test
  void pngClaiming100000PixelsSquareIsRefusedBeforeDecoding() throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    byte[] ihdr =
        java.nio.ByteBuffer.allocate(13)
            .putInt(100_000)
            .putInt(100_000)
            .put((byte) 8)
            .put((byte) 6)
            .array();
    chunk(png, "IHDR", ihdr);
    chunk(png, "IEND", new byte[0]);
    assertThat(rejectionCode(new CredentialInput(png.toByteArray(), "image/png", "x.png", null)))
        .isEqualTo("png.too-large");
  }

  @Test
  void poisonGraphIsAbortedWithinTheBudget() {
    StringBuilder nodes = new StringBuilder();
    int n = 40;
    for (int i = 0; i < n; i++) {
      nodes
          .append(i == 0 ? "" : ",")
          .append("{\"@id\":\"_:b")
          .append(i)
          .append("\",\"https://ex.org/p\":[");
      for (int j = 0; j < n; j++) {
        nodes.append(j == 0 ? "" : ",").append("{\"@id\":\"_:b").append(j).append("\"}");
      }
      nodes.append("]}");
    }
    String credential =
        "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"],"
            + "\"issuer\":\"did:key:"
            + Fixtures.TEST_KEY
            + "\",\"credentialSubject\":{\"id\":\"did:example:x\"},"
            + "\"@included\":["
            + nodes
            + "],"
            + "\"proof\":{\"type\":\"DataIntegrityProof\",\"cryptosuite\":\"eddsa-rdfc-2022\",\"proofPurpose\":\"assertionMethod\","
            + "\"verificationMethod\":\"did:key:"
            + Fixtures.TEST_KEY
            + "#"
            + Fixtures.TEST_KEY
            + "\",\"proofValue\":\"z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr\"}}";
    // warmed: the connector has verified a real credential, so no cold-start grace applies
    assertThat(connector.verify(Fixtures.input(VECTOR), Fixtures.subject()).verdict())
        .isEqualTo(Verdict.VERIFIED);
    long start = System.nanoTime();
    VerificationReport report =
        connector.verify(CredentialInput.ofText(credential), Fixtures.subject());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(outcome(report, Aspect.SIGNATURE))
        .as(report.toString())
        .isEqualTo("FAILED canonicalization.timeout");
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
    // a sanity bound only (the budget is 200 ms): the graph was not canonicalized to the end
    assertThat(millis).isLessThan(30_000);
  }

  /** A clock the test moves. */
  private static final class MovingClock extends java.time.Clock {
    private volatile java.time.Instant now;

    MovingClock(java.time.Instant now) {
      this.now = now;
    }

    void advance(java.time.Duration by) {
      now = now.plus(by);
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void fetchesAreReusedWithinTheirMaxAgeAndFetchedAgainAfter() throws Exception {
    MovingClock clock = new MovingClock(Fixtures.at("2026-01-15T10:00:00Z"));
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.Map<URI, java.time.Duration> maxAge =
        java.util.Map.of(
            URI.create("https://example.org/key.json"), java.time.Duration.ofMinutes(5),
            URI.create("https://example.org/no-store.json"), java.time.Duration.ZERO,
            URI.create("https://example.org/a-day.json"), java.time.Duration.ofDays(1));
    Fetches fetches =
        new Fetches(
            (uri, accept) ->
                new org.parcours.plugin.http.FetchResponse(
                    uri,
                    200,
                    "application/json",
                    ("{\"n\":" + calls.incrementAndGet() + "}").getBytes(StandardCharsets.UTF_8),
                    maxAge.get(uri)),
            clock);
    URI key = URI.create("https://example.org/key.json");
    assertThat(fetches.get(key, "application/json").text()).isEqualTo("{\"n\":1}");
    clock.advance(java.time.Duration.ofMinutes(4).plusSeconds(59));
    assertThat(fetches.get(key, "application/json").text()).isEqualTo("{\"n\":1}");
    assertThat(calls).hasValue(1);
    clock.advance(java.time.Duration.ofSeconds(1)); // max-age reached
    assertThat(fetches.get(key, "application/json").text()).isEqualTo("{\"n\":2}");
    clock.advance(java.time.Duration.ofMinutes(1));
    assertThat(fetches.get(key, "application/json").text()).isEqualTo("{\"n\":2}");
    assertThat(calls).hasValue(2);

    // no max-age: fetched every time, even at the same instant
    URI noStore = URI.create("https://example.org/no-store.json");
    fetches.get(noStore, "application/json");
    fetches.get(noStore, "application/json");
    assertThat(calls).hasValue(4);

    // a day asked for, an hour kept
    URI aDay = URI.create("https://example.org/a-day.json");
    fetches.get(aDay, "application/json");
    clock.advance(java.time.Duration.ofMinutes(59));
    fetches.get(aDay, "application/json");
    assertThat(calls).hasValue(5);
    clock.advance(java.time.Duration.ofMinutes(1));
    fetches.get(aDay, "application/json");
    assertThat(calls).hasValue(6);
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data)
      throws IOException {
    out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.write(t);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
