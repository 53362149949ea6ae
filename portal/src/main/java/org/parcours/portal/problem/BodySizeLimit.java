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
 * Refuses JSON bodies over their limit before they are read whole, whether or not the client
 * declared their length: 64 KiB in general, more where partners push certificates (one credential
 * of up to 256 KiB, or a bulk of up to 1,000). Other bodies (ZIP imports, file uploads,
 * credentials) are read under their own limits.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

  static final long MAX_BYTES = 64 * 1024;
  // A 256 KiB credential sent as a JSON string may double with escaping.
  static final long PUSH_MAX_BYTES = 600 * 1024;
  static final long BULK_MAX_BYTES = 16 * 1024 * 1024;
  static final int STATUS = Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode();

  @Override
  public void filter(ContainerRequestContext request) {
    if (!isJson(request.getMediaType()) || isCredential(request)) {
      return; // ZIP imports, file uploads and credentials are read under their own limits
    }
    long limit = limit(request);
    if (request.getLength() > limit) {
      throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Bounded(request.getEntityStream(), limit));
    }
  }

  private static long limit(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath().replaceFirst("^/", "");
    return switch (path) {
      case "partner/pushes" -> PUSH_MAX_BYTES;
      case "partner/pushes/bulk" -> BULK_MAX_BYTES;
      default -> MAX_BYTES;
    };
  }

  /**
   * A credential is JSON the worker did not write: up to 256 KiB (CredentialResource; the VC-API's
   * verify reads its envelope under the same limit).
   */
  private static boolean isCredential(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath().replaceFirst("^/", "");
    return "POST".equals(request.getMethod())
        && ("me/credentials".equals(path) || "vc/credentials/verify".equals(path));
  }

  private static boolean isJson(MediaType type) {
    return type == null
        || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        || type.getSubtype().endsWith("+json");
  }

  private static final class Bounded extends FilterInputStream {
    private final long limit;
    private long read;

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
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
      if (read > limit) {
        throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
      }
    }
  }
}
