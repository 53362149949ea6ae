package org.parcours.portal.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses JSON bodies over 64 KiB before they are read whole, whether or not the client declared
 * their length. Other bodies (ZIP imports, file uploads, credentials) are read under their own
 * limits.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

  static final long MAX_BYTES = 64 * 1024;
  static final int STATUS = Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode();

  @Override
  public void filter(ContainerRequestContext request) {
    if (!isJson(request.getMediaType()) || isCredential(request)) {
      return; // ZIP imports, file uploads and credentials are read under their own limits
    }
    if (request.getLength() > MAX_BYTES) {
      throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Bounded(request.getEntityStream()));
    }
  }

  /** A credential is JSON the worker did not write: up to 256 KiB (CredentialResource). */
  private static boolean isCredential(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    return "POST".equals(request.getMethod())
        && ("me/credentials".equals(path) || "/me/credentials".equals(path));
  }

  private static boolean isJson(MediaType type) {
    return type == null
        || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        || type.getSubtype().endsWith("+json");
  }

  private static final class Bounded extends FilterInputStream {
    private long read;

    Bounded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
      }
    }
  }
}
