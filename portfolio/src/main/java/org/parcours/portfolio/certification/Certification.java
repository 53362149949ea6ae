package org.parcours.portfolio.certification;

import java.util.List;
import java.util.Objects;

/**
 * A certification registered in the RNCP, as France Compétences' export describes it.
 *
 * <p>The title, level and active flag come from the export's "Standard" file; where that file was
 * not installed they are {@code null}, and {@link #displayName()} stands in for the title.
 *
 * @param number its fiche number ({@code RNCP35185})
 * @param title its title, or {@code null}
 * @param level its European qualification level as the export writes it ({@code NIV4}), or {@code
 *     null}
 * @param active whether it can still be obtained, or {@code null} when unknown
 * @param certifiers the names of the bodies that award it, in the export's order
 * @param successors the numbers of the fiches that replace it, so that a page can say "replaced by
 *     RNCP37876"
 * @param blocs its blocs de compétences in code order; none when the export lists none for it
 */
public record Certification(
    String number,
    String title,
    String level,
    Boolean active,
    List<String> certifiers,
    List<String> successors,
    List<Bloc> blocs) {

  public Certification {
    Objects.requireNonNull(number, "number");
    certifiers = List.copyOf(certifiers);
    successors = List.copyOf(successors);
    blocs = List.copyOf(blocs);
  }

  /**
   * Its title; without one, its number and first certifier ("RNCP183 – MINISTERE DU TRAVAIL..."),
   * which tell certifications apart well enough to pick one.
   */
  public String displayName() {
    if (title != null) {
      return title;
    }
    return certifiers.isEmpty() ? number : number + " – " + certifiers.getFirst();
  }
}
