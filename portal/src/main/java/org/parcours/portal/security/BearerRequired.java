package org.parcours.portal.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * A request without a token, to an operation that needs a role, is refused here with a problem that
 * says what to send, and a Bearer challenge (RFC 6750). The server only checks tokens that are sent
 * (server.xml, {@code apiFilter}); left to the container, a missing token would get a Basic
 * challenge and an empty body.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerRequired implements ContainerRequestFilter {

  static final String CHALLENGE = "Bearer realm=\"parcours\"";

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() == null
        && needsRole(resource.getResourceMethod(), resource.getResourceClass())) {
      throw new NotAuthorizedException(CHALLENGE);
    }
  }

  static boolean needsRole(Method method, Class<?> type) {
    if (method == null) {
      return false;
    }
    if (method.isAnnotationPresent(PermitAll.class)) {
      return false;
    }
    if (method.isAnnotationPresent(RolesAllowed.class)
        || method.isAnnotationPresent(DenyAll.class)) {
      return true;
    }
    // The class may reach us as a subclass the container generated.
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(PermitAll.class)) {
        return false;
      }
      if (c.isAnnotationPresent(RolesAllowed.class) || c.isAnnotationPresent(DenyAll.class)) {
        return true;
      }
    }
    return false;
  }
}
