package org.parcours.portal.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parcours.portal.credential.CredentialUnreadable;
import org.parcours.portal.i18n.Messages;

/** 422: the reason comes from the connector that refused the input, in the reader's language. */
@Provider
public class CredentialUnreadableMapper implements ExceptionMapper<CredentialUnreadable> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(CredentialUnreadable exception) {
    Messages messages = Problems.messagesFor(headers);
    return Problems.withReason(
            messages,
            "credential-rejected",
            exception.status(),
            "credential",
            exception.code(),
            exception.getMessage())
        .toResponse(messages.locale());
  }
}
