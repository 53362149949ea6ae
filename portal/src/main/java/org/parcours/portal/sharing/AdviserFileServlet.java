package org.parcours.portal.sharing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parcours.portal.evidence.FileResponses;
import org.parcours.portal.security.AdviserIdentity;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.evidence.EvidenceService;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.sharing.SharingService;

/** A shared file from the adviser's page ({@code /adviser/files/<grant>/<file>}), logged. */
@WebServlet("/adviser/files/*")
public class AdviserFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SharingService sharing;
  @Inject transient EvidenceService evidence;
  @Inject transient AdviserIdentity adviser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] ids =
        request.getPathInfo() == null
            ? new String[0]
            : request.getPathInfo().substring(1).split("/");
    EvidenceFile file;
    try {
      if (ids.length != 2) {
        throw new NotFoundException("file");
      }
      file =
          sharing.fileAsAdviser(
              adviser.signedIn(), PathIds.uuid(ids[0], "share"), PathIds.uuid(ids[1], "file"));
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileResponses.send(evidence, file, response);
  }
}
