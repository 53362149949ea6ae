package org.parcours.portal.issuer;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Publishes the instance's DID document, for any verifier of the credentials it issues. */
@WebServlet("/.well-known/did.json")
public class DidDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient InstanceIdentity identity;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<String> document = identity.didDocument();
    if (document.isEmpty()) {
      response.setHeader("Retry-After", "60");
      response.sendError(
          HttpServletResponse.SC_SERVICE_UNAVAILABLE, "No issuer plugin is active on this portal");
      return;
    }
    byte[] body = document.get().getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/did+json");
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
