package org.parcours.portal.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.parcours.portal.i18n.Messages;
import org.parcours.portal.plugin.PluginUnavailable;

/** A plugin that cannot serve: 503 with Retry-After, the rest of the portal keeps serving. */
@Provider
public class PluginUnavailableMapper implements ExceptionMapper<PluginUnavailable> {

  private static final Logger LOG = Logger.getLogger(PluginUnavailableMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(PluginUnavailable exception) {
    LOG.warning(exception.getMessage());
    Messages messages = Problems.messagesFor(headers);
    return Response.fromResponse(
            Problems.of(messages, "plugin-unavailable", 503, exception.pluginId())
                .toResponse(messages.locale()))
        .header("Retry-After", "30")
        .build();
  }
}
