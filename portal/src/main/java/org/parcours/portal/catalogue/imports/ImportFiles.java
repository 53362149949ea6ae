package org.parcours.portal.catalogue.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.commons.io.input.BoundedInputStream;

/** Reads an import file, LHÉO 2.2 XML or MonCompteFormation CSV, within the import limits. */
public final class ImportFiles {

  /** The largest file read; what follows is not read and the report says it is incomplete. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  /** The most offers one import publishes. */
  public static final int MAX_OFFERS = 20_000;

  private ImportFiles() {}

  /**
   * Reads a file.
   *
   * @param in the file's bytes
   * @param csv true for the MonCompteFormation CSV, false for LHÉO XML
   * @param partnerId the organisation importing
   * @param now when it imports
   * @return the valid offers and the rows left out
   */
  public static ImportReport read(InputStream in, boolean csv, UUID partnerId, Instant now)
      throws IOException {
    if (!csv) {
      // The LHÉO reader counts bytes itself, to report a file cut at the limit.
      return new LheoReader(partnerId, now, MAX_BYTES, MAX_OFFERS).read(in);
    }
    InputStream bounded =
        BoundedInputStream.builder().setInputStream(in).setMaxCount(MAX_BYTES).get();
    return MonCompteFormationCsv.read(
        new InputStreamReader(bounded, StandardCharsets.UTF_8), partnerId, now, MAX_OFFERS);
  }
}
