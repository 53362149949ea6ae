package org.parcours.connector.example;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.parcours.plugin.guidance.GuidanceOffer;
import org.parcours.plugin.guidance.GuidanceProvider;

/**
 * Publishes three fixed offers: the smallest guidance provider. A real one reads its source here
 * (through {@code context.http()} for a feed at an address) and throws {@code GuidanceUnavailable}
 * when it cannot, so that its previous offers are kept.
 */
final class ExampleOffers implements GuidanceProvider {

  private static final List<GuidanceOffer> OFFERS =
      List.of(
          new GuidanceOffer(
              "exemplum-orientation-lyon",
              "Atelier Exemplum : choisir son métier",
              "Trois demi-journées en groupe pour explorer des métiers, rencontrer des"
                  + " professionnels et bâtir un projet (offre de démonstration du plugin"
                  + " d’exemple).",
              "orientation",
              "in-person",
              Set.of("69003"),
              10,
              0L,
              false,
              Set.of(),
              Set.of("K2111"),
              URI.create("https://example.org/exemplum/orientation")),
          new GuidanceOffer(
              "exemplum-bilan-distance",
              "Bilan de compétences Exemplum à distance",
              "Un bilan de compétences en visioconférence, en six entretiens avec la même"
                  + " consultante (offre de démonstration du plugin d’exemple).",
              "bilan-competences",
              "remote",
              Set.of(),
              24,
              150_000L,
              true,
              Set.of(),
              Set.of(),
              null),
          new GuidanceOffer(
              "exemplum-vae-aide-soignant",
              "Accompagnement VAE Exemplum : diplôme d’État d’aide-soignant",
              "Un accompagnement pour rédiger le livret 2 et préparer le jury du DEAS, à Paris"
                  + " ou à distance (offre de démonstration du plugin d’exemple).",
              "vae-accompagnement",
              "mixed",
              Set.of("75011"),
              24,
              120_000L,
              true,
              Set.of("RNCP35830"),
              Set.of("J1501"),
              null));

  @Override
  public List<GuidanceOffer> offers() {
    return OFFERS;
  }
}
