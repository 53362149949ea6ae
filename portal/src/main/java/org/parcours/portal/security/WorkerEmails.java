package org.parcours.portal.security;

import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The e-mail address the identity provider verified for the signed-in person, read from the
 * request's token and never stored: credentials are matched against it at import.
 */
@RequestScoped
public class WorkerEmails {

  @Inject HttpServletRequest request;

  /**
   * The verified addresses of the current person.
   *
   * @return zero or one address, lower case
   */
  public Set<String> verified() {
    if (request.getUserPrincipal() instanceof JsonWebToken jwt) {
      return verified(jwt.getClaim("email"), jwt.getClaim("email_verified"));
    }
    IdToken idToken = PropagationHelper.getIdToken();
    if (idToken != null) {
      return verified(idToken.getClaim("email"), idToken.getClaim("email_verified"));
    }
    return Set.of();
  }

  private static Set<String> verified(Object email, Object verified) {
    boolean isVerified =
        verified instanceof Boolean b ? b : verified != null && "true".equals(verified.toString());
    if (email == null || !isVerified) {
      return Set.of();
    }
    String text = email.toString().replace("\"", "").strip().toLowerCase(java.util.Locale.ROOT);
    return text.isEmpty() ? Set.of() : Set.of(text);
  }
}
