package org.parcours.portal.evidence;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import org.parcours.portal.web.Attachment;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.evidence.EvidenceService;

/**
 * How an evidence file is sent back: as the type detected from its content when it was kept (never
 * the one a client declared), and as an attachment that no browser will run.
 */
public final class FileResponses {

  private FileResponses() {}

  /** The file as an attachment no browser runs, streamed from its encrypted copy. */
  public static Response download(EvidenceService evidence, EvidenceFile file) {
    StreamingOutput body =
        out -> {
          try (InputStream in = evidence.open(file)) {
            in.transferTo(out);
          }
        };
    return Attachment.on(Response.ok(body, file.mediaType()), file.name())
        .header("Content-Length", file.size())
        .build();
  }

  /** The same, from a servlet (the pages' downloads, signed in by session). */
  public static void send(EvidenceService evidence, EvidenceFile file, HttpServletResponse response)
      throws IOException {
    response.setContentType(file.mediaType());
    response.setContentLengthLong(file.size());
    Attachment.on(response, file.name());
    try (InputStream in = evidence.open(file)) {
      in.transferTo(response.getOutputStream());
    }
  }
}
