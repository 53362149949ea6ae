package org.parcours.portal.evidence;

import java.util.Locale;

/** "1,2 Mo" or "34 ko", as a person reads the size of a file. */
public final class FileSizes {
  private FileSizes() {}

  public static String text(long bytes, Locale locale) {
    return bytes >= 1024 * 1024
        ? String.format(locale, "%.1f Mo", bytes / 1048576.0)
        : String.format(locale, "%d ko", Math.max(1, bytes / 1024));
  }
}
