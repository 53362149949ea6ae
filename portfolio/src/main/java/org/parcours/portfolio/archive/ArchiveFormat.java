package org.parcours.portfolio.archive;

import java.util.regex.Pattern;

/**
 * The names and limits of the export ZIP (docs/export-format.md). Version 1: {@code manifest.json}
 * at the root; evidence files under {@code files/}, credential originals under {@code
 * credentials/}.
 */
final class ArchiveFormat {
  static final String FORMAT = "parcours-portfolio-export";
  static final int VERSION = 1;
  static final String MANIFEST = "manifest.json";

  /** A credential's original, named by the SHA-256 of its content. */
  static final Pattern CREDENTIAL_NAME = Pattern.compile("credentials/[0-9a-f]{64}");

  /** The largest credential the portal reads (CredentialImport). */
  static final int MAX_CREDENTIAL_BYTES = 256 * 1024;

  /** An evidence file, named by the SHA-256 of its content. */
  static final Pattern FILE_NAME = Pattern.compile("files/[0-9a-f]{64}");

  /**
   * More ZIP entries than any real portfolio has (30 entries with 20 files each is 600): a ZIP bomb
   * of many tiny entries stops here.
   */
  static final int MAX_ZIP_ENTRIES = 2_000;

  /** A manifest of 30 entries is a few tens of KiB; 20 MiB leaves room without risk. */
  static final long MAX_MANIFEST_BYTES = 20L * 1024 * 1024;

  /** More entries than a worker could write in a lifetime. */
  static final int MAX_PORTFOLIO_ENTRIES = 5_000;

  private ArchiveFormat() {}
}
