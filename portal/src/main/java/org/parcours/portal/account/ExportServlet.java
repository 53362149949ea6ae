package org.parcours.portal.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Attachment;
import org.parcours.portfolio.archive.PortfolioArchive;

/**
 * "Télécharger mes données" from the pages, where the person is signed in by session rather than by
 * bearer token; web.xml keeps /portfolio/* to workers.
 */
@WebServlet("/portfolio/export.zip")
public class ExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PortfolioArchive archive;
  @Inject transient SignedInWorker worker;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType(AccountResource.ZIP);
    Attachment.on(response, ExportFile.name());
    archive.export(worker.id(), response.getOutputStream());
  }
}
