package org.parcours.portal.evidence;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.evidence.EvidenceService;
import org.parcours.portfolio.shared.NotFoundException;

/** A worker's file from the pages ({@code /portfolio/files/<id>}), signed in by session. */
@WebServlet("/portfolio/files/*")
public class FileDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient EvidenceService evidence;
  @Inject transient SignedInWorker worker;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    EvidenceFile file;
    try {
      String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
      file = evidence.get(worker.id(), UUID.fromString(id));
    } catch (IllegalArgumentException | NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileResponses.send(evidence, file, response);
  }
}
