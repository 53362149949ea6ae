package org.parcours.portal.vae.pdf;

import static java.util.Objects.requireNonNull;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;

/**
 * Writes a VAE dossier as a tagged PDF (PDF/UA-1): a structure tree of headings, lists and tables
 * with header scopes, the document's language and title, and one embedded font. Thread-safe; a
 * render keeps nothing between calls.
 *
 * <p>The renderer is given the document as a DOM and nothing else: no base URL, a URI resolver that
 * resolves nothing and access controls that refuse every resource, so no text in a dossier can make
 * the server open a connection or read a file.
 */
public final class DossierPdf {

  /**
   * Liberation Sans 2.1.5 (SIL Open Font License 1.1), shipped inside PDFBox for its own use: no
   * extra artifact and no system font. Regular only; the renderer draws bold by stroking the
   * outline. PDF/UA requires every font embedded, which this one is, as a subset.
   */
  private static final String FONT_RESOURCE =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private static final byte[] FONT = readFont();

  static {
    XRLog.setLoggerImpl(new RendererLog());
  }

  /**
   * Renders the dossier to {@code out}, which is left open.
   *
   * @throws DossierPdfException when the PDF cannot be rendered or written
   */
  public void write(DossierDocument document, OutputStream out) {
    requireNonNull(document, "document");
    requireNonNull(out, "out");
    try {
      render(DossierXhtml.of(document), out);
    } catch (IOException | RuntimeException e) {
      throw new DossierPdfException(
          "Could not write the VAE dossier PDF for " + document.certificationNumber(), e);
    }
  }

  /** Renders any XHTML DOM with this class's settings; the tests feed it hostile markup. */
  static void render(Document xhtml, OutputStream out) throws IOException {
    try (PDDocument pdf = new PDDocument();
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FONT))) {
      // PDFBox applies the font's GSUB substitutions word by word with regular expressions, the
      // largest cost of a render (measured: a 10-bloc dossier's median went from 390 to 250 ms
      // without). French and English text need none, and no ligature hides a word from extraction.
      font.setEnableGsub(false);
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(pdf);
      builder.usePdfUaAccessibility(true);
      builder.withProducer("Parcours");
      builder.useFont(
          new PDFontSupplier(PDType0Font.load(pdf, font, true)),
          DossierXhtml.FONT_FAMILY,
          400,
          FontStyle.NORMAL,
          true);
      builder.useUnicodeLineBreaker(new ElisionLineBreaker());
      builder.useUriResolver((baseUri, uri) -> null);
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.withW3cDocument(xhtml, null);
      builder.toStream(out);
      builder.run();
    }
  }

  private static byte[] readFont() {
    try (InputStream in = DossierPdf.class.getResourceAsStream(FONT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            FONT_RESOURCE + " is missing: the PDFBox on the class path no longer ships it");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("Could not read " + FONT_RESOURCE, e);
    }
  }
}
