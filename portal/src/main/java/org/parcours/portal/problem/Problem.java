package org.parcours.portal.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem. {@code type} names the kind of problem (a stable URI documented in
 * docs/api/problems.md); {@code detail} tells a person what to do.
 *
 * @param type the kind of problem
 * @param title a short summary of the kind, in the reader's language
 * @param status the HTTP status
 * @param detail what happened and what to do, in the reader's language
 * @param violations the broken rules, for input problems; empty otherwise
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "violations"})
public record Problem(
    URI type, String title, int status, String detail, List<FieldViolation> violations) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
  public static final String TYPE_BASE = "urn:parcours:problem:";

  /**
   * One broken rule of an input.
   *
   * @param field the field at fault, as named in the request
   * @param rule a stable key a program can test
   * @param message the rule in the reader's language
   */
  public record FieldViolation(String field, String rule, String message) {}

  /** The response carrying this problem, in the language it was written in. */
  public Response toResponse(Locale language) {
    return Response.status(status).type(MEDIA_TYPE).language(language).entity(this).build();
  }
}
