package org.parcours.portal.vae;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Attachment;
import org.parcours.portal.web.Language;
import org.parcours.portfolio.shared.NotFoundException;

/**
 * The "export as PDF" link of the dossier page, in the worker's page session and language. The
 * document is made whole before a byte is sent, so a failure is an error page, not half a file.
 */
@WebServlet("/portfolio/dossier-pdf")
public class DossierPdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient DossierExport export;
  @Inject transient SignedInWorker worker;
  @Inject transient Language language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getParameter("id");
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
    try {
      export.write(
          worker.id(),
          UUID.fromString(id == null ? "" : id),
          worker.displayName(),
          language.getLocale(),
          pdf);
    } catch (IllegalArgumentException | NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    Attachment.on(response, "dossier-vae.pdf");
    response.setContentLength(pdf.size());
    pdf.writeTo(response.getOutputStream());
  }
}
