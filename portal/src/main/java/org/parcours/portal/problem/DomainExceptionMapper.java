package org.parcours.portal.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parcours.portal.i18n.Messages;
import org.parcours.portfolio.shared.DomainException;
import org.parcours.portfolio.shared.InvalidInputException;

/** The one table from domain error codes to HTTP: the same failure always looks the same. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(DomainException exception) {
    Messages messages = Problems.messagesFor(headers);
    Problem problem =
        switch (exception.code()) {
          case INVALID_INPUT ->
              Problems.invalidInput(messages, ((InvalidInputException) exception).violations());
          case NOT_FOUND -> Problems.of(messages, "not-found", 404);
          case CONFLICT -> Problems.of(messages, "conflict", 409);
          case DUPLICATE -> Problems.of(messages, "duplicate", 409);
          case NOT_PERMITTED -> Problems.of(messages, "not-permitted", 403);
          case TOO_LARGE ->
              Problems.refused(
                  messages,
                  "content-too-large",
                  413,
                  ((InvalidInputException) exception).violations());
          case UNSUPPORTED_TYPE ->
              Problems.refused(
                  messages,
                  "unsupported-type",
                  415,
                  ((InvalidInputException) exception).violations());
        };
    return problem.toResponse(messages.locale());
  }
}
