package org.parcours.portal.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.parcours.portal.credential.CredentialUnreadable;
import org.parcours.portal.i18n.Messages;

/** 422: the reason comes from the connector that refused the input, in the reader's language. */
@Provider
public class CredentialUnreadableMapper implements ExceptionMapper<CredentialUnreadable> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(CredentialUnreadable exception) {
    Messages messages = Problems.messagesFor(headers);
    Problem base = Problems.of(messages, "credential-rejected", 422);
    return new Problem(
            base.type(),
            base.title(),
            base.status(),
            base.detail(),
            List.of(
                new Problem.FieldViolation("credential", exception.code(), exception.getMessage())))
        .toResponse(messages.locale());
  }
}
