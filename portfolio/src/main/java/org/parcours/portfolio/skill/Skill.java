package org.parcours.portfolio.skill;

import java.util.Objects;

/**
 * A skill as a referential defines it.
 *
 * @param referential where it comes from
 * @param code the referential's own identifier (ESCO URI, ROME OGR code, Pix id, RNCP bloc code)
 * @param label its French label
 * @param context what helps tell it apart in a list: the RNCP certification, the Pix area...
 */
public record Skill(Referential referential, String code, String label, String context) {
  public Skill {
    Objects.requireNonNull(referential, "referential");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }
}
