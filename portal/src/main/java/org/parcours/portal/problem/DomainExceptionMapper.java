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
          case CONFLICT -> withReasons(messages, "conflict", 409, exception);
          case DUPLICATE -> withReasons(messages, "duplicate", 409, exception);
          case NOT_PERMITTED -> withReasons(messages, "not-permitted", 403, exception);
          case TOO_MANY_ATTEMPTS -> withReasons(messages, "refused", 429, exception);
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

  // A refusal that names its rules says which (under one generic title); a bare one keeps the
  // sentence of its kind.
  private static Problem withReasons(
      Messages messages, String kind, int status, DomainException exception) {
    return exception instanceof InvalidInputException refused
        ? Problems.refused(messages, "refused", status, refused.violations())
        : Problems.of(messages, kind, status);
  }
}
