package org.parcours.portal.account;

import java.time.LocalDate;

/** The name an export downloads under, the same from the API and the page. */
final class ExportFile {
  private ExportFile() {}

  static String name() {
    return "parcours-portfolio-" + LocalDate.now() + ".zip";
  }
}
