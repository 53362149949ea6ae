package org.parcours.portal.security;

import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs the person out of Parcours and then of the identity provider (RP-initiated logout), so that
 * the next visitor of a shared computer meets the login form, not the previous session.
 */
@Named
@RequestScoped
public class SignOut {

  private static final Logger LOG = Logger.getLogger(SignOut.class.getName());

  @Inject
  @ConfigProperty(name = "oidc.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "oidc.clientId")
  String clientId;

  /** Where the provider ends its session; Keycloak's when not configured. */
  @Inject
  @ConfigProperty(name = "oidc.endSessionEndpoint")
  Optional<String> endSessionEndpoint;

  @Inject
  @ConfigProperty(name = "portal.baseUrl")
  String baseUrl;

  public void signOut() throws IOException {
    signOut("/");
  }

  /** Signs out, then lands on {@code returnPath} of the portal, such as "/?erased". */
  public void signOut(String returnPath) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Optional<String> idToken = rawIdToken();
    try {
      request.logout();
    } catch (ServletException e) {
      LOG.log(Level.WARNING, "Local sign-out failed; the session is invalidated anyway", e);
    }
    external.invalidateSession();
    StringBuilder target =
        new StringBuilder(endSessionEndpoint.orElse(issuer + "/protocol/openid-connect/logout"))
            .append("?client_id=")
            .append(encode(clientId))
            .append("&post_logout_redirect_uri=")
            .append(encode(baseUrl + returnPath));
    idToken.ifPresent(token -> target.append("&id_token_hint=").append(encode(token)));
    external.redirect(target.toString());
  }

  private static Optional<String> rawIdToken() {
    IdToken token = PropagationHelper.getIdToken();
    if (token == null) {
      return Optional.empty();
    }
    try {
      // Called reflectively: its checked exception lives in a server-internal jar.
      return Optional.ofNullable((String) IdToken.class.getMethod("getRawIdToken").invoke(token));
    } catch (ReflectiveOperationException e) {
      LOG.log(Level.FINE, "No raw ID token; the provider may ask the person to confirm", e);
      return Optional.empty();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
