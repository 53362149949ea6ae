package org.parcours.portal.security;

import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.parcours.portfolio.worker.WorkerId;

/**
 * The worker behind the current request, pages and API alike. The server names the principal after
 * the token's subject ({@code sub}), so the same person is the same worker whichever way they come
 * in; the worker is created on their first request, and the addresses their provider verified are
 * passed on to the inbox.
 */
@RequestScoped
public class SignedInWorker {

  @Inject HttpServletRequest request;
  @Inject KnownWorkers workers;
  @Inject WorkerEmails emails;
  @Inject SeenAddresses addresses;

  private WorkerId id;

  public WorkerId id() {
    if (id == null) {
      Principal principal = request.getUserPrincipal();
      if (principal == null || !request.isUserInRole(Roles.WORKER)) {
        throw new IllegalStateException("only a signed-in worker has a portfolio");
      }
      id = workers.of(principal.getName());
      addresses.seen(id, emails.verified());
    }
    return id;
  }

  /** The worker's name as their identity provider gives it; never stored unless they share it. */
  public String displayName() {
    if (request.getUserPrincipal() instanceof JsonWebToken jwt) {
      return jwt.getClaim("name");
    }
    IdToken token = PropagationHelper.getIdToken();
    return token == null ? null : (String) token.getClaim("name");
  }
}
