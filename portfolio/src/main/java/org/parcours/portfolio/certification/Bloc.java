package org.parcours.portfolio.certification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.parcours.portfolio.shared.Texts;

/**
 * A bloc de compétences: a part of a certification that is assessed and validated on its own, the
 * unit of a partial VAE.
 *
 * <p>The national VAE feasibility file asks the candidate to assess each competence, but the RNCP
 * export only gives each bloc one free-text label. The label is split into several competences only
 * when it clearly lists them over several lines:
 *
 * <ul>
 *   <li>every line starts with a bullet, a dash or a number ({@code -}, {@code •}, {@code 1.},
 *       {@code 2)}, {@code a)}), or
 *   <li>every line but the last ends with a semicolon or a full stop.
 * </ul>
 *
 * A first line ending with a colon ("Être capable de :") introduces the list and is not a
 * competence. In every other case the label is the bloc's single competence: the multi-line labels
 * of the 2024 export are long sentences wrapped mid-phrase ("mesurer sa rentabilité et / proposer
 * des solutions"), and dashes inside a line are part of a name ("U34 : Économie - Gestion"). A bloc
 * whose label is blank has no competence.
 *
 * @param code the bloc's code, the certification's number followed by {@code BC} and its rank
 *     ({@code RNCP35185BC02})
 * @param label its label on one line, spaces collapsed
 * @param competences what the candidate assesses, in the label's order
 */
public record Bloc(String code, String label, List<String> competences) {

  private static final Pattern LIST_MARKER =
      Pattern.compile("^(?:[-–—•·▪►*]|\\d{1,2}\\s?[.)]|[a-zA-Z]\\))\\s*");
  private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*[;,]$");

  public Bloc {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    competences = List.copyOf(competences);
  }

  /** A bloc as the export gives it: the label may span lines and carry stray spaces. */
  static Bloc of(String code, String exportedLabel) {
    String label = Texts.oneLine(exportedLabel);
    return new Bloc(code, label, label.isEmpty() ? List.of() : competences(exportedLabel, label));
  }

  private static List<String> competences(String exportedLabel, String label) {
    List<String> lines =
        new ArrayList<>(
            exportedLabel.lines().map(Texts::oneLine).filter(line -> !line.isEmpty()).toList());
    if (lines.size() < 2) {
      return List.of(label);
    }
    if (lines.size() > 2 && lines.getFirst().endsWith(":") && !isListed(lines.getFirst())) {
      lines.removeFirst();
    }
    List<String> listed;
    if (lines.stream().allMatch(Bloc::isListed)) {
      listed = lines.stream().map(line -> LIST_MARKER.matcher(line).replaceFirst("")).toList();
    } else if (lines.subList(0, lines.size() - 1).stream()
        .allMatch(line -> line.endsWith(";") || line.endsWith("."))) {
      listed = lines;
    } else {
      return List.of(label);
    }
    List<String> competences =
        listed.stream()
            .map(line -> TRAILING_SEPARATOR.matcher(line).replaceFirst(""))
            .filter(line -> !line.isEmpty())
            .toList();
    return competences.size() < 2 ? List.of(label) : competences;
  }

  private static boolean isListed(String line) {
    return LIST_MARKER.matcher(line).find();
  }
}
