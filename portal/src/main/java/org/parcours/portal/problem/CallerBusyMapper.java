package org.parcours.portal.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parcours.portal.i18n.Messages;
import org.parcours.portal.plugin.CallerBusy;

/** A caller with as many plugin calls in flight as one may have: 429, retry once one ended. */
@Provider
public class CallerBusyMapper implements ExceptionMapper<CallerBusy> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(CallerBusy exception) {
    Messages messages = Problems.messagesFor(headers);
    return Response.fromResponse(
            Problems.of(messages, "caller-busy", 429, exception.limit())
                .toResponse(messages.locale()))
        .header("Retry-After", "5")
        .build();
  }
}
