package org.parcours.connector.openbadges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcours.connector.openbadges.VerificationTest.outcome;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcours.connector.openbadges.issuer.Ed25519Key;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Verdict;
import org.parcours.plugin.testkit.TestingPluginContext;

/**
 * Revocation and suspension through status lists generated and signed here, served by the test
 * fetcher: what each bit says, and when the list is not to be believed.
 */
class StatusListTest {

  private static final URI LIST = URI.create("https://issuer.example/status/3");

  /** The spec's minimum: 16 KiB, 131 072 entries. */
  private static final int ENTRIES = 131_072;

  private final Ed25519Key issuer = Signed.didKey();
  private final String did = issuer.controller();
  private final TestingPluginContext context = Fixtures.context();

  // ---- building lists and credentials ------------------------------------------------------

  /** A bitstring of the given length with the given entries set, gzipped and multibase-encoded. */
  static String encodedList(int entries, int... set) {
    byte[] bits = new byte[entries / 8];
    for (int i : set) {
      bits[i >> 3] |= (byte) (0x80 >> (i & 7));
    }
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits));
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private JsonObject bitstringList(String purpose, String encoded) {
    return StrictJson.provider()
        .createObjectBuilder()
        .add(
            "@context",
            StrictJson.provider().createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
        .add("id", LIST.toString())
        .add(
            "type",
            StrictJson.provider()
                .createArrayBuilder()
                .add("VerifiableCredential")
                .add("BitstringStatusListCredential"))
        .add("issuer", did)
        .add("validFrom", "2025-01-01T00:00:00Z")
        .add(
            "credentialSubject",
            StrictJson.provider()
                .createObjectBuilder()
                .add("id", LIST + "#list")
                .add("type", "BitstringStatusList")
                .add("statusPurpose", purpose)
                .add("encodedList", encoded))
        .build();
  }

  private void serveList(CredentialInput list) {
    context.serve(LIST, "application/vc+ld+json", list.content());
  }

  private static JsonObjectBuilder entry(String type, String purpose, Object index) {
    JsonObjectBuilder entry =
        StrictJson.provider()
            .createObjectBuilder()
            .add("id", LIST + "#" + index)
            .add("type", type)
            .add("statusPurpose", purpose)
            .add("statusListCredential", LIST.toString());
    return index instanceof Integer i
        ? entry.add("statusListIndex", i)
        : entry.add("statusListIndex", index.toString());
  }

  /** Verifies a credential of the issuer with these status entries, secured by eddsa-rdfc-2022. */
  private VerificationReport verifyWithStatus(JsonObjectBuilder... entries) {
    return verifyWithStatus("eddsa-rdfc-2022", entries);
  }

  private VerificationReport verifyWithStatus(String form, JsonObjectBuilder... entries) {
    JsonObjectBuilder credential = Signed.credential(did);
    if (entries.length == 1) {
      credential.add("credentialStatus", entries[0]); // the OB 3.0 schema wants one object
    } else {
      var array = StrictJson.provider().createArrayBuilder();
      for (JsonObjectBuilder e : entries) {
        array.add(e);
      }
      credential.add("credentialStatus", array);
    }
    return Fixtures.connector(context)
        .verify(Signed.as(form, credential.build(), issuer), Fixtures.subject());
  }

  // ---- what the bits say -------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "revocation, 42, FAILED status.revoked",
    "revocation, 41, PASSED status.active",
    "revocation, 43, PASSED status.active",
    "suspension, 42, FAILED status.suspended",
    "suspension, 0, PASSED status.active"
  })
  void theBitOfTheCredentialDecides(String purpose, int index, String expected) {
    serveList(Signed.rdfc(bitstringList(purpose, encodedList(ENTRIES, 42, 7)), issuer));
    VerificationReport report =
        verifyWithStatus(entry("BitstringStatusListEntry", purpose, String.valueOf(index)));
    assertThat(outcome(report, Aspect.STATUS)).as(report.toString()).isEqualTo(expected);
    assertThat(report.verdict())
        .isEqualTo(expected.startsWith("PASSED") ? Verdict.VERIFIED : Verdict.FAILED);
    if (expected.startsWith("FAILED")) {
      assertThat(report.check(Aspect.STATUS).orElseThrow().detail()).contains("The issuer has");
    }
  }

  @Test
  void theLastEntryOfTheListIsReadAndTheNextIsOutOfRange() {
    serveList(Signed.rdfc(bitstringList("revocation", encodedList(ENTRIES, ENTRIES - 1)), issuer));
    assertThat(
            outcome(
                verifyWithStatus(entry("BitstringStatusListEntry", "revocation", ENTRIES - 1)),
                Aspect.STATUS))
        .isEqualTo("FAILED status.revoked");
    VerificationReport beyond =
        verifyWithStatus(entry("BitstringStatusListEntry", "revocation", ENTRIES));
    assertThat(outcome(beyond, Aspect.STATUS)).isEqualTo("FAILED status.out-of-range");
    assertThat(beyond.check(Aspect.STATUS).orElseThrow().detail())
        .contains("beyond the issuer's list of 131072 entries");
  }

  @Test
  void anUnreachableListIsUnknown() {
    VerificationReport report =
        verifyWithStatus(entry("BitstringStatusListEntry", "revocation", 42));
    assertThat(outcome(report, Aspect.STATUS)).isEqualTo("UNKNOWN status.unreachable");
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void aListWhoseSignatureFailsIsNotBelieved() {
    // signed with every bit clear, then bit 42 set by someone else: neither "revoked" nor "active"
    String tampered =
        Signed.rdfc(bitstringList("revocation", encodedList(ENTRIES)), issuer)
            .text()
            .replace(encodedList(ENTRIES), encodedList(ENTRIES, 42));
    context.serve(LIST, "application/vc+ld+json", tampered.getBytes(StandardCharsets.UTF_8));
    VerificationReport report =
        verifyWithStatus(entry("BitstringStatusListEntry", "revocation", 42));
    assertThat(outcome(report, Aspect.STATUS)).isEqualTo("UNKNOWN status.list-unverified");
    assertThat(report.check(Aspect.STATUS).orElseThrow().detail()).contains("cannot be trusted");
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void aListSignedByAnotherIssuerIsNotBelieved() {
    Ed25519Key other = Signed.didKey();
    JsonObject list =
        StrictJson.provider()
            .createObjectBuilder(bitstringList("revocation", encodedList(ENTRIES)))
            .add("issuer", other.controller())
            .build();
    serveList(Signed.rdfc(list, other));
    VerificationReport report =
        verifyWithStatus(entry("BitstringStatusListEntry", "revocation", 42));
    assertThat(outcome(report, Aspect.STATUS)).isEqualTo("UNKNOWN status.list-unverified");
    assertThat(report.check(Aspect.STATUS).orElseThrow().detail())
        .contains("not by the credential's issuer");
  }

  @Test
  void aListForAnotherPurposeIsNotBelieved() {
    serveList(Signed.rdfc(bitstringList("suspension", encodedList(ENTRIES)), issuer));
    VerificationReport report =
        verifyWithStatus(entry("BitstringStatusListEntry", "revocation", 42));
    assertThat(outcome(report, Aspect.STATUS)).isEqualTo("UNKNOWN status.list-unverified");
  }

  @Test
  void aGzipBombListIsRefusedAtTheCap() {
    byte[] zeros = new byte[StatusLists.MAX_STATUS_LIST + 1024 * 1024];
    String bomb = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(zeros));
    // Secured as a JWT: canonicalizing the 20 KB literal under RDFC's time cap is another test.
    context.serve(
        LIST,
        "application/vc+jwt",
        Signed.jwt(bitstringList("revocation", bomb), issuer).content());
    VerificationReport report =
        verifyWithStatus(entry("BitstringStatusListEntry", "revocation", 42));
    assertThat(outcome(report, Aspect.STATUS)).isEqualTo("FAILED status.too-large");
    assertThat(report.verdict()).isNotEqualTo(Verdict.VERIFIED);
  }

  @Test
  void aRevocationAndASuspensionEntryAreBothChecked() {
    // one list per purpose at the same address is impossible, so the suspension list is elsewhere
    serveList(Signed.rdfc(bitstringList("revocation", encodedList(ENTRIES)), issuer));
    URI suspensions = URI.create("https://issuer.example/status/4");
    JsonObject suspensionList =
        StrictJson.provider()
            .createObjectBuilder(bitstringList("suspension", encodedList(ENTRIES, 42)))
            .add("id", suspensions.toString())
            .build();
    context.serve(
        suspensions, "application/vc+ld+json", Signed.rdfc(suspensionList, issuer).content());
    VerificationReport report =
        verifyWithStatus(
            entry("BitstringStatusListEntry", "revocation", 42),
            entry("BitstringStatusListEntry", "suspension", 42)
                .add("statusListCredential", suspensions.toString()));
    assertThat(outcome(report, Aspect.STATUS)).isEqualTo("FAILED status.suspended");
  }

  @Test
  void aStatusThatDoesNotBearOnValidityIsNotFetched() {
    serveList(Signed.rdfc(bitstringList("revocation", encodedList(ENTRIES)), issuer));
    VerificationReport report =
        verifyWithStatus(
            entry("BitstringStatusListEntry", "refresh", 42)
                .add("statusListCredential", "https://issuer.example/refresh"),
            entry("BitstringStatusListEntry", "revocation", 42));
    assertThat(outcome(report, Aspect.STATUS)).isEqualTo("PASSED status.active");
    assertThat(context.fetched()).containsOnly(LIST);

    VerificationReport alone =
        verifyWithStatus(entry("BitstringStatusListEntry", "message", 42).add("statusSize", 2));
    assertThat(outcome(alone, Aspect.STATUS)).isEqualTo("NOT_APPLICABLE status.other-purpose");
  }

  @Test
  void aMultiBitRevocationEntryIsNotReadAsOneBit() {
    serveList(Signed.rdfc(bitstringList("revocation", encodedList(ENTRIES, 84)), issuer));
    VerificationReport report =
        verifyWithStatus(entry("BitstringStatusListEntry", "revocation", 42).add("statusSize", 2));
    assertThat(outcome(report, Aspect.STATUS)).isEqualTo("UNKNOWN status.unsupported");
  }

  @Test
  void statusList2021EntriesReadTheSameBitstring() {
    // JWTs, credential and list: the status-list/2021 JSON-LD context is not pinned, and a JWT
    // is verified without JSON-LD processing
    JsonObject vc =
        StrictJson.provider()
            .createObjectBuilder()
            .add(
                "@context",
                StrictJson.provider()
                    .createArrayBuilder()
                    .add("https://www.w3.org/2018/credentials/v1")
                    .add("https://w3id.org/vc/status-list/2021/v1"))
            .add("id", LIST.toString())
            .add(
                "type",
                StrictJson.provider()
                    .createArrayBuilder()
                    .add("VerifiableCredential")
                    .add("StatusList2021Credential"))
            .add("issuanceDate", "2025-01-01T00:00:00Z")
            .add(
                "credentialSubject",
                StrictJson.provider()
                    .createObjectBuilder()
                    .add("id", LIST + "#list")
                    .add("type", "StatusList2021")
                    .add("statusPurpose", "revocation")
                    .add("encodedList", encodedList(ENTRIES, 42)))
            .build();
    JsonObject payload =
        StrictJson.provider()
            .createObjectBuilder()
            .add("iss", did)
            .add("nbf", 1_735_689_600L)
            .add("jti", LIST.toString())
            .add("vc", vc)
            .build();
    context.serve(LIST, "application/vc+jwt", Signed.jwt(payload, issuer).content());
    assertThat(
            outcome(
                verifyWithStatus("vc-jwt", entry("StatusList2021Entry", "revocation", "42")),
                Aspect.STATUS))
        .isEqualTo("FAILED status.revoked");
    assertThat(
            outcome(
                verifyWithStatus("vc-jwt", entry("StatusList2021Entry", "revocation", "43")),
                Aspect.STATUS))
        .isEqualTo("PASSED status.active");
  }
}
