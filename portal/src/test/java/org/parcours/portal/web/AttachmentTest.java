package org.parcours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AttachmentTest {

  /** The whole header: two parameters, each unable to hold what would end it. */
  private static final Pattern SAFE =
      Pattern.compile(
          "attachment; filename=\"([A-Za-z0-9 ._()-]{1,100})\"; filename\\*=UTF-8''([A-Za-z0-9._~%-]+)");

  private static final List<String> HOSTILE =
      List.of(
          "facture\".pdf",
          "a\r\nSet-Cookie: session=stolen.pdf",
          "a\"; filename=evil.html; x=\".pdf",
          "Relevé « mars » 2023.pdf",
          "../../etc/passwd",
          "C:\\Users\\camille\\attestation.pdf",
          "日本語の証明書.pdf",
          "🎓 diplôme.pdf",
          "100% *réel* 'vrai'.pdf",
          "x".repeat(300) + ".pdf",
          "é".repeat(300),
          "\u0000\u0007",
          "photo\u202Egpj.exe\u2028",
          "...",
          "");

  @Test
  void anyNameGivesASafeFallbackAndAnEncodedExactName() {
    for (String name : HOSTILE) {
      String header = Attachment.contentDisposition(name);
      assertThat(header).as(name).matches(SAFE);
      assertThat(header).as(name).doesNotContain("\r", "\n", "/", "\\");
    }
  }

  @Test
  void theExactNameComesBackWhenDecoded() {
    assertThat(exact("Relevé « mars » 2023.pdf")).isEqualTo("Relevé « mars » 2023.pdf");
    assertThat(exact("日本語の証明書.pdf")).isEqualTo("日本語の証明書.pdf");
    assertThat(exact("🎓 diplôme.pdf")).isEqualTo("🎓 diplôme.pdf");
    assertThat(exact("100% *réel* 'vrai'.pdf")).isEqualTo("100% *réel* 'vrai'.pdf");
    assertThat(Attachment.contentDisposition("100% *réel* 'vrai'.pdf"))
        .contains("%2A", "%27", "%25");
    // What is never a name goes: control characters, and path separators become "_".
    assertThat(exact("a\r\nb.pdf")).isEqualTo("ab.pdf");
    assertThat(exact("photo\u202Egpj.exe")).isEqualTo("photogpj.exe");
    assertThat(exact("../../etc/passwd")).isEqualTo(".._.._etc_passwd");
    assertThat(exact("é".repeat(300)).codePoints().count()).isEqualTo(Attachment.NAME_MAX);
    assertThat(exact("x".repeat(300) + ".pdf")).hasSize(Attachment.NAME_MAX).endsWith("x.pdf");
  }

  @Test
  void quotesAndSemicolonsCannotAddAParameter() {
    assertThat(Attachment.contentDisposition("a\"; x=\"y.pdf"))
        .isEqualTo(
            "attachment; filename=\"a__ x__y.pdf\"; filename*=UTF-8''a%22%3B%20x%3D%22y.pdf");
  }

  @Test
  void theFallbackIsReadableAndKeepsTheExtension() {
    assertThat(fallback("Relevé « mars » 2023.pdf")).isEqualTo("Releve _ mars _ 2023.pdf");
    assertThat(fallback("facture\".pdf")).isEqualTo("facture_.pdf");
    assertThat(fallback("x".repeat(300) + ".pdf"))
        .hasSize(Attachment.FALLBACK_MAX)
        .endsWith("xxx.pdf");
    assertThat(fallback("...")).isEqualTo("file");
    assertThat(fallback("")).isEqualTo("file");
  }

  @Test
  void everyDownloadIsAnAttachmentThatNothingRunsOrSniffs() {
    assertThat(Attachment.headers("a.pdf"))
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("Content-Security-Policy", "sandbox; default-src 'none'")
        .containsEntry("Cache-Control", "private, no-store")
        .hasEntrySatisfying("Content-Disposition", v -> assertThat(v).startsWith("attachment;"));
  }

  private static String exact(String name) {
    return URLDecoder.decode(parts(name).group(2), StandardCharsets.UTF_8);
  }

  private static String fallback(String name) {
    return parts(name).group(1);
  }

  private static Matcher parts(String name) {
    Matcher m = SAFE.matcher(Attachment.contentDisposition(name));
    assertThat(m.matches()).as(name).isTrue();
    return m;
  }
}
