package org.parcours.portal.vae.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every text in a dossier is the worker's: markup in it must stay text, and nothing in it may make
 * the server fetch anything. A listener on loopback counts any connection the renderer would open.
 */
class DossierPdfHostileInputTest {

  private ServerSocket listener;
  private final List<Integer> clientPorts = new CopyOnWriteArrayList<>();
  private Thread acceptor;

  @BeforeEach
  void listen() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor =
        Thread.ofVirtual()
            .start(() -> {
              while (!listener.isClosed()) {
                try {
                  Socket accepted = listener.accept();
                  clientPorts.add(accepted.getPort());
                  accepted.close();
                } catch (IOException closed) {
                  return;
                }
              }
            });
  }

  /**
   * The connections anyone else opened to the listener. Connections are accepted in order, so once
   * a probe of our own is accepted, every earlier one has been counted.
   */
  private int othersConnections() throws Exception {
    try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (!clientPorts.contains(probe.getLocalPort()) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(clientPorts).contains(probe.getLocalPort());
      return clientPorts.size() - 1;
    }
  }

  @AfterEach
  void close() throws Exception {
    listener.close();
    acceptor.join(5_000);
  }

  @Test
  void listenerWouldSeeAFetch() throws Exception {
    Socket fetch = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
    try {
      assertThat(othersConnections()).isEqualTo(1);
    } finally {
      fetch.close();
    }
  }

  @Test
  void markupInANarrativeIsPrintedAsTextAndFetchesNothing() throws Exception {
    String here = "http://127.0.0.1:" + listener.getLocalPort();
    String hostile =
        "<script>alert('x')</script> <img src=\""
            + here
            + "/x\"> <link rel=\"stylesheet\" href=\""
            + here
            + "/y.css\"/> <p style=\"background:url("
            + here
            + "/z)\">&amp; &lt;b&gt;</p> ]]> <!-- fin";
    DossierDocument sample = SampleDossiers.camille();
    BlocSection bloc = sample.blocs().get(0);
    DossierDocument dossier =
        new DossierDocument(
            sample.locale(),
            "<b>Camille</b> & {0} l'ancienne",
            sample.certificationNumber(),
            "Titre {0} ''l'ancien'' <i>",
            sample.certifiers(),
            sample.generatedAt(),
            sample.zone(),
            List.of(
                new BlocSection(
                    bloc.code(),
                    bloc.label() + " <h1>",
                    hostile,
                    bloc.competences(),
                    bloc.evidence())),
            sample.experiences(),
            sample.trainings());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DossierPdf().write(dossier, out);

    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      // Compared without white space: a long line may wrap anywhere.
      String text = DossierPdfTest.compact(DossierPdfTest.text(pdf));
      assertThat(text)
          .contains(DossierPdfTest.compact(hostile))
          .contains("<b>Camille</b>&{0}l'ancienne")
          .contains("dudossiersocialdel’entreprise<h1>");
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("Dossier de faisabilité VAE\u00a0: Titre {0} ''l'ancien'' <i> (RNCP35185)");
      assertThat(pdf.getDocumentInformation().getAuthor())
          .isEqualTo("<b>Camille</b> & {0} l'ancienne");
    }
    assertThat(othersConnections()).isZero();
  }

  @Test
  void rendererFetchesNothingEvenFromRealMarkup() throws Exception {
    String here = "http://127.0.0.1:" + listener.getLocalPort();
    Html html = new Html("fr-FR");
    Element head = html.element(html.root(), "head");
    html.textElement(head, "title", "Essai");
    html.element(head, "meta", "name", "subject", "content", "Ressources distantes");
    html.element(head, "link", "rel", "stylesheet", "href", here + "/style.css");
    html.textElement(
        head,
        "style",
        "@import url("
            + here
            + "/import.css);"
            + "@font-face { font-family: 'Distante'; src: url("
            + here
            + "/font.ttf); }"
            + "body { font-family: '"
            + DossierXhtml.FONT_FAMILY
            + "'; background-image: url("
            + here
            + "/background.png); }");
    Element body = html.element(html.root(), "body");
    html.textElement(body, "h1", "Essai");
    html.element(body, "img", "src", here + "/image.png", "alt", "image distante");
    html.element(body, "img", "src", "file:///etc/hostname", "alt", "fichier local");
    html.textElement(body, "p", "Police distante").setAttribute("style", "font-family: 'Distante'");
    html.textElement(body, "p", "Texte");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DossierPdf.render(html.document(), out);

    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(DossierPdfTest.text(pdf)).contains("Essai", "Texte");
    }
    assertThat(othersConnections()).isZero();
  }
}
