package org.parcours.portfolio.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TypeCheckTest {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };
  static final byte[] HTML =
      "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
          .getBytes(StandardCharsets.UTF_8);
  static final byte[] SVG =
      "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
          .getBytes(StandardCharsets.UTF_8);

  private static String detect(byte[] bytes) throws IOException {
    return TypeCheck.detect(new BufferedInputStream(new ByteArrayInputStream(bytes)));
  }

  @Test
  void documentsAndImagesAreKnownByTheirContent() throws IOException {
    assertThat(detect(PDF)).isEqualTo("application/pdf");
    assertThat(detect(PNG)).isEqualTo("image/png");
    assertThat(TypeCheck.allowed(detect(PDF))).isTrue();
    assertThat(TypeCheck.allowed(detect("Bulletin de paie, mars".getBytes(StandardCharsets.UTF_8))))
        .isTrue();
  }

  @Test
  void whatABrowserCouldRunIsRefusedWhateverItsName() throws IOException {
    assertThat(TypeCheck.allowed(detect(HTML))).isFalse();
    assertThat(TypeCheck.allowed(detect(SVG))).isFalse();
    assertThat(TypeCheck.allowed(detect(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}))).isFalse();
  }

  @Test
  void aNameThatClaimsAnotherKindThanTheContentIsCaught() throws IOException {
    assertThat(TypeCheck.nameContradicts("facture.pdf", detect(PNG))).contains("application/pdf");
    assertThat(TypeCheck.nameContradicts("photo.png", detect(PNG))).isEmpty();
    assertThat(TypeCheck.nameContradicts("notes.csv", "text/plain")).isEmpty();
    assertThat(TypeCheck.nameContradicts("sans-extension", detect(PDF))).isEmpty();
  }
}
