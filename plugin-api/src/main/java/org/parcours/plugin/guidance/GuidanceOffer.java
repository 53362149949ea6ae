package org.parcours.plugin.guidance;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * A guidance service or training offer as a provider publishes it. The host validates it as it
 * validates offers typed by partners.
 *
 * @param reference the provider's own stable identifier of the offer
 * @param title the title
 * @param description what the person gets
 * @param category one of {@code orientation}, {@code bilan-competences}, {@code
 *     vae-accompagnement}, {@code coaching}, {@code formation}, {@code recherche-emploi}
 * @param modality one of {@code in-person}, {@code remote}, {@code mixed}
 * @param postalCodes postal codes of the places where it takes place, empty when remote only
 * @param durationHours duration in hours, or {@code null}
 * @param priceCents price in euro cents, or {@code null} when unknown
 * @param cpfEligible whether the CPF can pay for it
 * @param rncpCodes targeted certifications, such as {@code RNCP35185}
 * @param romeCodes targeted jobs, such as {@code M1607}
 * @param page where to read more and enrol, or {@code null}
 */
public record GuidanceOffer(
    String reference,
    String title,
    String description,
    String category,
    String modality,
    Set<String> postalCodes,
    Integer durationHours,
    Long priceCents,
    boolean cpfEligible,
    Set<String> rncpCodes,
    Set<String> romeCodes,
    URI page) {

  /**
   * Checks the required fields and copies the sets.
   *
   * @throws NullPointerException if the reference, title, description, category or modality is
   *     missing
   */
  public GuidanceOffer {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(modality, "modality");
    postalCodes = Set.copyOf(postalCodes);
    rncpCodes = Set.copyOf(rncpCodes);
    romeCodes = Set.copyOf(romeCodes);
  }
}
