package org.parcours.portal.web;

import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Who is signed in, as the header shows it. The name comes from the provider, never stored. */
@Named
@RequestScoped
public class Account {

  @Inject HttpServletRequest request;

  public boolean isSignedIn() {
    return request.getUserPrincipal() != null;
  }

  public String getDisplayName() {
    IdToken token = PropagationHelper.getIdToken();
    if (token == null) {
      return "";
    }
    Object name = token.getClaim("name");
    if (name == null) {
      name = token.getClaim("preferred_username");
    }
    return name == null ? "" : name.toString();
  }
}
