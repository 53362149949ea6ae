package org.parcours.portal.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.logging.Logger;
import org.parcours.portal.i18n.Messages;
import org.parcours.portal.plugin.PluginUnavailable;

/**
 * A plugin that cannot serve: 503 with Retry-After (paused: until its cooldown ends), or 504 when
 * this call was cut at its time limit; the rest of the portal keeps serving.
 */
@Provider
public class PluginUnavailableMapper implements ExceptionMapper<PluginUnavailable> {

  private static final Logger LOG = Logger.getLogger(PluginUnavailableMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(PluginUnavailable exception) {
    LOG.warning(exception.getMessage());
    Messages messages = Problems.messagesFor(headers);
    return Response.fromResponse(
            Problems.of(
                    messages,
                    exception.problemKind(),
                    exception.status(),
                    exception.detailArguments())
                .toResponse(messages.locale()))
        .header("Retry-After", exception.retryAfterSeconds(Instant.now()))
        .build();
  }
}
