package org.parcours.portal.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parcours.portal.i18n.Messages;

/** A body that is not the JSON the endpoint expects: the client's mistake, not a server error. */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<JsonbException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(JsonbException exception) {
    Messages messages = Problems.messagesFor(headers);
    // The body limit may trip while JSON-B reads: then the body was too large, not malformed.
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof WebApplicationException refused
          && refused.getResponse().getStatus() == BodySizeLimit.STATUS) {
        return Problems.of(messages, "too-large", BodySizeLimit.STATUS)
            .toResponse(messages.locale());
      }
    }
    return Problems.of(messages, "malformed-request", 400).toResponse(messages.locale());
  }
}
