package org.parcours.portal.catalogue.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portal.catalogue.imports.ImportJob;
import org.parcours.portal.catalogue.imports.ImportJobs;
import org.parcours.portfolio.catalogue.CatalogueService;

/**
 * What "Mes offres" polls while an import publishes, in the partner's page session: status, offers
 * written, offers to write. The REST API serves the same to API clients.
 */
@WebServlet("/partner/import-progress")
public class ImportProgressServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient CatalogueService catalogue;
  @Inject transient ImportJobs imports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<ImportJob> job;
    try {
      String id = request.getParameter("id");
      UUID jobId = UUID.fromString(id == null ? "" : id);
      job =
          catalogue
              .organisationOf(request.getUserPrincipal().getName())
              .flatMap(own -> imports.job(own.id(), jobId));
    } catch (IllegalArgumentException e) {
      job = Optional.empty();
    }
    if (job.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("status", job.get().status().name().toLowerCase(Locale.ROOT))
                .add("published", job.get().published())
                .add("total", job.get().total())
                .build()
                .toString());
  }
}
