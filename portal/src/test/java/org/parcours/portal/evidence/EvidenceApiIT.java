package org.parcours.portal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcours.portal.testing.Api;
import org.parcours.portal.testing.Api.Answer;
import org.parcours.portal.testing.Deployments;
import org.parcours.portal.testing.LocalIdentityProvider;

/** Evidence files as a client sees them: kept encrypted, given back only to their owner. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidenceApiIT {

  private static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HTML =
      "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
          .getBytes(StandardCharsets.UTF_8);

  private static Api api;
  private static String camille;
  private static String lucas;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @BeforeAll
  static void signIn() {
    api = Api.ofDeployedPortal();
    camille = LocalIdentityProvider.accessToken("camille");
    lucas = LocalIdentityProvider.accessToken("lucas");
  }

  @Test
  void aFileComesBackByteForByteAsAnAttachmentNoBrowserRuns() {
    String entry = entry(camille);
    byte[] payslip = new byte[300_000];
    new Random(11).nextBytes(payslip);
    System.arraycopy(PDF, 0, payslip, 0, PDF.length);
    String name = "Bulletin de paie « mars » <2023>.pdf";

    Answer kept = upload(camille, entry, name, payslip);
    assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
    assertThat(kept.json().getString("mediaType")).isEqualTo("application/pdf");
    assertThat(kept.json().getJsonNumber("size").longValue()).isEqualTo(payslip.length);
    String id = kept.json().getString("id");
    assertThat(api.get("/api/me/entries/" + entry + "/files", camille).body()).contains(id);

    HttpResponse<byte[]> download =
        api.sendBytes(api.request("/api/me/files/" + id, camille).GET());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(payslip);
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(download.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("sandbox"));
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v ->
            assertThat(v)
                .startsWith("attachment;")
                .doesNotContain("<")
                .contains("filename*=UTF-8''Bulletin%20de%20paie%20%C2%AB"));

    assertThat(api.delete("/api/me/files/" + id, camille).status()).isEqualTo(204);
    assertThat(api.get("/api/me/files/" + id, camille).status()).isEqualTo(404);
  }

  @Test
  void anotherWorkerCannotReadListDeleteOrAttachAndLearnsNothing() {
    String entry = entry(camille);
    String id = upload(camille, entry, "attestation.pdf", PDF).json().getString("id");
    String unknown = UUID.randomUUID().toString();

    Answer theirs = api.get("/api/me/files/" + id, lucas);
    Answer nobodys = api.get("/api/me/files/" + unknown, lucas);
    assertThat(theirs.status()).isEqualTo(404);
    assertThat(theirs.body()).isEqualTo(nobodys.body());
    assertThat(api.get("/api/me/entries/" + entry + "/files", lucas).status()).isEqualTo(404);
    assertThat(api.delete("/api/me/files/" + id, lucas).status()).isEqualTo(404);
    assertThat(upload(lucas, entry, "x.pdf", PDF).status()).isEqualTo(404);
    assertThat(api.get("/api/me/files/" + id, null).status()).isEqualTo(401);
    assertThat(api.get("/api/me/files/" + id, camille).status()).isEqualTo(200);
  }

  @Test
  void badFilesAreRefusedWithAReasonAndNothingIsKept() {
    String entry = entry(camille);
    long used = usage(camille);

    Answer lying = upload(camille, entry, "facture.pdf", HTML);
    assertThat(lying.status()).isEqualTo(415);
    assertThat(lying.header("Content-Type")).hasValue("application/problem+json");
    assertThat(lying.body()).contains("file.type");

    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    assertThat(upload(camille, entry, "photo.pdf", png).body()).contains("file.lies");
    assertThat(upload(camille, entry, "vide.pdf", new byte[0]).status()).isEqualTo(400);

    byte[] huge = new byte[21 * 1024 * 1024];
    System.arraycopy(PDF, 0, huge, 0, PDF.length);
    Answer tooLarge = upload(camille, entry, "enorme.pdf", huge);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.body()).contains("file.tooLarge");

    assertThat(api.get("/api/me/entries/" + entry + "/files", camille).json().getJsonArray("items"))
        .isEmpty();
    assertThat(usage(camille)).isEqualTo(used);
    assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
  }

  @Test
  void markupIsRefusedUnderAnyNameAndAFileIsServedAsItsDetectedType() {
    String entry = entry(camille);
    byte[] polyglot =
        "%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF"
            .getBytes(StandardCharsets.UTF_8);
    byte[] svg = "<svg onload=\"alert(1)\"><rect/></svg>".getBytes(StandardCharsets.UTF_8);
    assertThat(upload(camille, entry, "facture.pdf", polyglot).body()).contains("file.markup");
    assertThat(upload(camille, entry, "notes.txt", svg).body()).contains("file.markup");
    assertThat(upload(camille, entry, "page.txt", HTML).body()).contains("file.type");

    String id = upload(camille, entry, "a\"; x=\"y\r\n.pdf", PDF).json().getString("id");
    HttpResponse<byte[]> download =
        api.sendBytes(api.request("/api/me/files/" + id, camille).GET());
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"a__ x__y.pdf\"; filename*=UTF-8''a%22%3B%20x%3D%22y.pdf");
  }

  private static long usage(String token) {
    return api.get("/api/me/files/usage", token).json().getJsonNumber("usedBytes").longValue();
  }

  private static String entry(String token) {
    Answer created =
        api.post(
            "/api/me/experiences",
            token,
            "{\"title\":\"Preuves " + UUID.randomUUID() + "\",\"startDate\":\"2020-01-06\"}");
    assertThat(created.status()).isEqualTo(201);
    return created.json().getString("id");
  }

  private static Answer upload(String token, String entry, String name, byte[] content) {
    return api.send(
        api.request(
                "/api/me/entries/"
                    + entry
                    + "/files?name="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8),
                token)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
  }
}
