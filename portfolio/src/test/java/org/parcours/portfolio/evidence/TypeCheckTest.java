package org.parcours.portfolio.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TypeCheckTest {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };
  static final byte[] HTML =
      utf8("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
  static final byte[] SVG =
      utf8(
          "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

  /** Tika calls it text: no XML declaration, no namespace. */
  static final byte[] SVG_WITHOUT_NAMESPACE = utf8("<svg onload=\"alert(1)\"><rect/></svg>");

  /** Starts as a PDF, so Tika calls it one; a browser sniffing it sees a page. */
  static final byte[] PDF_AND_HTML =
      utf8("%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF");

  /** A page without its html element; Tika calls it text. */
  static final byte[] HTML_FRAGMENT = utf8("Attestation\n<img src=x onerror=alert(1)>");

  @Test
  void documentsAndImagesAreKnownByTheirContent() throws IOException {
    assertThat(TypeCheck.detect(PDF)).isEqualTo("application/pdf");
    assertThat(TypeCheck.detect(PNG)).isEqualTo("image/png");
    assertThat(kept(PDF)).isTrue();
    assertThat(kept(PNG)).isTrue();
    assertThat(kept(utf8("Bulletin de paie, mars. Total < 2000 € ; JavaScript: 3 ans"))).isTrue();
  }

  @Test
  void whatABrowserCouldRunIsRefusedWhateverItsName() throws IOException {
    assertThat(TypeCheck.allowed(TypeCheck.detect(HTML))).isFalse();
    assertThat(TypeCheck.allowed(TypeCheck.detect(SVG))).isFalse();
    assertThat(TypeCheck.allowed(TypeCheck.detect(utf8("<?xml version=\"1.0\"?><root/>"))))
        .isFalse();
    assertThat(
            TypeCheck.allowed(
                TypeCheck.detect(
                    utf8("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"/>"))))
        .isFalse();
    assertThat(TypeCheck.allowed(TypeCheck.detect(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0})))
        .isFalse();
  }

  @Test
  void markupThatTikaCallsTextOrPdfIsRefusedAllTheSame() throws IOException {
    assertThat(TypeCheck.detect(SVG_WITHOUT_NAMESPACE)).isEqualTo("text/plain");
    assertThat(kept(SVG_WITHOUT_NAMESPACE)).isFalse();
    assertThat(TypeCheck.detect(HTML_FRAGMENT)).isEqualTo("text/plain");
    assertThat(kept(HTML_FRAGMENT)).isFalse();
    assertThat(kept(utf8("<SCRIPT>alert(1)</SCRIPT>"))).isFalse();
    assertThat(TypeCheck.detect(PDF_AND_HTML)).isEqualTo("application/pdf");
    assertThat(kept(PDF_AND_HTML)).isFalse();
    // Written in UTF-16, the same tags hide between zero bytes.
    assertThat(kept("notes <script>alert(1)</script>".getBytes(StandardCharsets.UTF_16LE)))
        .isFalse();
  }

  @Test
  void aBinaryFileIsSearchedForMarkupOnlyWhereABrowserSniffs() throws IOException {
    byte[] pdf = Arrays.copyOf(PDF, 4_000);
    Arrays.fill(pdf, PDF.length, pdf.length, (byte) ' ');
    byte[] tag = utf8("<html>");
    System.arraycopy(tag, 0, pdf, 3_000, tag.length);
    assertThat(kept(pdf)).isTrue();
    System.arraycopy(tag, 0, pdf, 1_000, tag.length);
    assertThat(kept(pdf)).isFalse();
  }

  @Test
  void aNameThatClaimsAnotherKindThanTheContentIsCaught() throws IOException {
    String png = TypeCheck.detect(PNG);
    assertThat(TypeCheck.nameContradicts("facture.pdf", png)).contains("application/pdf");
    assertThat(TypeCheck.nameContradicts("photo.png", png)).isEmpty();
    assertThat(TypeCheck.nameContradicts("notes.csv", "text/plain")).isEmpty();
    assertThat(TypeCheck.nameContradicts("notes.md", "text/plain")).isEmpty();
    assertThat(TypeCheck.nameContradicts("sans-extension", TypeCheck.detect(PDF))).isEmpty();
    // HTML renamed .pdf is refused by its type already; text named as a page or a script, here.
    assertThat(TypeCheck.nameContradicts("facture.pdf", TypeCheck.detect(HTML))).isPresent();
    assertThat(TypeCheck.nameContradicts("page.html", "text/plain")).contains("text/html");
    assertThat(TypeCheck.nameContradicts("app.js", "text/plain")).contains("text/javascript");
    assertThat(TypeCheck.nameContradicts("dessin.svg", "text/plain")).contains("image/svg+xml");
  }

  @Test
  void anHtmlFileNamedTxtIsStillHtml() throws IOException {
    assertThat(TypeCheck.detect(HTML)).isEqualTo("text/html");
    assertThat(TypeCheck.allowed("text/html")).isFalse();
    assertThat(TypeCheck.servedAs("text/html")).isEqualTo("application/octet-stream");
  }

  private static boolean kept(byte[] content) throws IOException {
    String type = TypeCheck.detect(content);
    return TypeCheck.allowed(type) && !TypeCheck.holdsMarkup(type, content);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
