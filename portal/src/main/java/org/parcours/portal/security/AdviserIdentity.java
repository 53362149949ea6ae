package org.parcours.portal.security;

import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.parcours.portfolio.sharing.SharingService;

/**
 * The adviser behind the current request, pages (ID token) and API (access token) alike. Each
 * request keeps the adviser's record current, so that workers can name them by e-mail.
 */
@RequestScoped
public class AdviserIdentity {

  @Inject HttpServletRequest request;
  @Inject SharingService sharing;

  private String subject;

  /**
   * Records the signed-in adviser and returns their subject.
   *
   * @return the adviser's subject at the identity provider
   */
  public String signedIn() {
    if (subject == null) {
      if (request.getUserPrincipal() instanceof JsonWebToken jwt) {
        sharing.adviserSignedIn(jwt.getSubject(), jwt.getClaim("email"), jwt.getClaim("name"));
        subject = jwt.getSubject();
      } else {
        IdToken token = PropagationHelper.getIdToken();
        String sub = request.getUserPrincipal().getName();
        sharing.adviserSignedIn(
            sub,
            token == null ? null : (String) token.getClaim("email"),
            token == null ? null : (String) token.getClaim("name"));
        subject = sub;
      }
    }
    return subject;
  }
}
