package org.parcours.portal.consent;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.parcours.portal.security.AdviserIdentity;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.sharing.ConsentService;

/**
 * What the adviser's consent page polls, in the adviser's page session: pending, confirmed (with
 * the consent to open) or expired. The REST API serves the same to API clients.
 */
@WebServlet("/adviser/consent-state")
public class ConsentStateServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ConsentService consents;
  @Inject transient AdviserIdentity adviser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ConsentService.Status status;
    try {
      String id = request.getParameter("id");
      status = consents.status(adviser.signedIn(), UUID.fromString(id == null ? "" : id));
    } catch (IllegalArgumentException | NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    String grant = status.grant().map(g -> ",\"grantId\":\"" + g.id() + "\"").orElse("");
    response
        .getWriter()
        .write(
            "{\"state\":\"" + status.state().name().toLowerCase(Locale.ROOT) + "\"" + grant + "}");
  }
}
