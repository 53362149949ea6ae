package org.parcours.portal.evidence;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.evidence.EvidenceService;

/** How an evidence file is sent back: always as an attachment that no browser will run. */
public final class FileResponses {

  public static final String NOSNIFF = "nosniff";
  public static final String SANDBOX = "sandbox; default-src 'none'";

  private FileResponses() {}

  /** The file as an attachment no browser runs, streamed from its encrypted copy. */
  public static Response download(EvidenceService evidence, EvidenceFile file) {
    StreamingOutput body =
        out -> {
          try (InputStream in = evidence.open(file)) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, file.mediaType())
        .header("Content-Disposition", contentDisposition(file.name()))
        .header("X-Content-Type-Options", NOSNIFF)
        .header("Content-Security-Policy", SANDBOX)
        .header("Cache-Control", "private, no-store")
        .header("Content-Length", file.size())
        .build();
  }

  /** The same, from a servlet (the pages' downloads, signed in by session). */
  public static void send(
      EvidenceService evidence,
      EvidenceFile file,
      jakarta.servlet.http.HttpServletResponse response)
      throws java.io.IOException {
    response.setContentType(file.mediaType());
    response.setContentLengthLong(file.size());
    response.setHeader("Content-Disposition", contentDisposition(file.name()));
    response.setHeader("X-Content-Type-Options", NOSNIFF);
    response.setHeader("Content-Security-Policy", SANDBOX);
    response.setHeader("Cache-Control", "private, no-store");
    try (InputStream in = evidence.open(file)) {
      in.transferTo(response.getOutputStream());
    }
  }

  /** RFC 6266: an ASCII fallback and the exact UTF-8 name, both escaped. */
  public static String contentDisposition(String name) {
    // Only plain characters in the fallback; the exact name travels percent-encoded.
    String ascii = name.replaceAll("[^A-Za-z0-9 ._()-]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
