package org.parcours.portal.credential;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Attachment;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.credential.CredentialOriginal;
import org.parcours.portfolio.credential.CredentialService;
import org.parcours.portfolio.shared.NotFoundException;

/** A credential's original from the pages ({@code /portfolio/credentials/<id>}), by session. */
@WebServlet("/portfolio/credentials/*")
public class OriginalDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient CredentialService credentials;
  @Inject transient SignedInWorker worker;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    CredentialOriginal original;
    String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    try {
      original = credentials.original(worker.id(), PathIds.uuid(id, "credential"));
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] bytes = original.bytes();
    // Served as opaque bytes: an SVG or JSON original must never run in the portal's origin.
    response.setContentType("application/octet-stream");
    response.setContentLength(bytes.length);
    Attachment.on(response, "credential-" + id);
    response.getOutputStream().write(bytes);
  }
}
