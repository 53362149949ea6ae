package org.parcours.portal.catalogue.geo;

import java.util.Map;
import java.util.Optional;

/**
 * The INSEE codes of the régions (since 2016) and their names as the communes file writes them:
 * LHÉO and MonCompteFormation give the code, the search facets show the name.
 */
public final class Regions {

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("01", "Guadeloupe"),
          Map.entry("02", "Martinique"),
          Map.entry("03", "Guyane"),
          Map.entry("04", "La Réunion"),
          Map.entry("06", "Mayotte"),
          Map.entry("11", "Île-de-France"),
          Map.entry("24", "Centre-Val de Loire"),
          Map.entry("27", "Bourgogne-Franche-Comté"),
          Map.entry("28", "Normandie"),
          Map.entry("32", "Hauts-de-France"),
          Map.entry("44", "Grand Est"),
          Map.entry("52", "Pays de la Loire"),
          Map.entry("53", "Bretagne"),
          Map.entry("75", "Nouvelle-Aquitaine"),
          Map.entry("76", "Occitanie"),
          Map.entry("84", "Auvergne-Rhône-Alpes"),
          Map.entry("93", "Provence-Alpes-Côte d'Azur"),
          Map.entry("94", "Corse"));

  private Regions() {}

  /** The name of the région with this code ({@code 53} or {@code 1} for Guadeloupe). */
  public static Optional<String> name(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String c = code.strip();
    return Optional.ofNullable(NAMES.get(c.length() == 1 ? "0" + c : c));
  }

  /** The code of the région with this name, as the communes file writes it. */
  public static Optional<String> code(String name) {
    return NAMES.entrySet().stream()
        .filter(e -> e.getValue().equals(name))
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
