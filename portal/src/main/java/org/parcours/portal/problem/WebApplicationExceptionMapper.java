package org.parcours.portal.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parcours.portal.i18n.Messages;

/**
 * Refusals raised by the JAX-RS runtime or by our filters (unknown path, wrong method, wrong media
 * type, role missing, body too large) keep their status and gain a readable reason.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    if (status >= 500) {
      return new UnexpectedExceptionMapper().toResponse(exception);
    }
    Messages messages = Problems.messagesFor(headers);
    String kind =
        switch (status) {
          case 400 -> "malformed-request";
          case 401 -> "unauthenticated";
          case 403 -> "forbidden";
          case 404 -> "not-found";
          case 405 -> "method-not-allowed";
          case 406 -> "not-acceptable";
          case 413 -> "too-large";
          case 415 -> "unsupported-media-type";
          default -> "client-error";
        };
    Response.ResponseBuilder response =
        Response.fromResponse(Problems.of(messages, kind, status).toResponse(messages.locale()));
    for (String kept : new String[] {"Allow", "WWW-Authenticate"}) {
      String value = exception.getResponse().getHeaderString(kept);
      if (value != null) {
        response.header(kept, value);
      }
    }
    return response.build();
  }
}
