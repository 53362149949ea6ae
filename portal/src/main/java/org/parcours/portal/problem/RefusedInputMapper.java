package org.parcours.portal.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parcours.portal.i18n.Messages;

/** 400 {@code invalid-input}, the one violation carrying the refusing check's own words. */
@Provider
public class RefusedInputMapper implements ExceptionMapper<RefusedInput> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(RefusedInput exception) {
    Messages messages = Problems.messagesFor(headers);
    return Problems.withReason(
            messages,
            "invalid-input",
            400,
            exception.field(),
            exception.rule(),
            exception.getMessage())
        .toResponse(messages.locale());
  }
}
