package org.parcours.portfolio.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;

/**
 * What a partner says about its organisation, checked before anything is stored.
 *
 * @param name the organisation's name
 * @param siret 14 digits with a valid Luhn key (La Poste's SIRETs are the documented exception)
 * @param declarationNumber the 11-digit "numéro de déclaration d'activité", or null
 * @param qualiopi whether the organisation holds the Qualiopi certification
 * @param contactEmail where people and administrators write to
 */
public record PartnerDraft(
    String name, String siret, String declarationNumber, boolean qualiopi, String contactEmail) {

  private static final Pattern DIGITS_14 = Pattern.compile("\\d{14}");
  private static final Pattern DIGITS_11 = Pattern.compile("\\d{11}");
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");
  private static final String LA_POSTE = "356000000";

  /** Normalises the fields and checks every rule, reporting all broken ones at once. */
  public PartnerDraft {
    name = name == null ? null : name.strip();
    siret = siret == null ? null : siret.replaceAll("[\\s\\t]", "");
    declarationNumber =
        declarationNumber == null || declarationNumber.isBlank()
            ? null
            : declarationNumber.replaceAll("\\s", "");
    contactEmail = contactEmail == null ? null : contactEmail.strip().toLowerCase(Locale.ROOT);
    List<Violation> violations = new ArrayList<>();
    if (name == null || name.isEmpty() || name.length() > 200) {
      violations.add(new Violation("name", "partner.name.required"));
    }
    if (!isValidSiret(siret)) {
      violations.add(new Violation("siret", "partner.siret.invalid"));
    }
    if (declarationNumber != null && !DIGITS_11.matcher(declarationNumber).matches()) {
      violations.add(new Violation("declarationNumber", "partner.declaration.invalid"));
    }
    if (contactEmail == null || !EMAIL.matcher(contactEmail).matches()) {
      violations.add(new Violation("contactEmail", "partner.email.invalid"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  /**
   * Checks a SIRET: 14 digits and a valid key.
   *
   * @param siret the digits, without spaces
   * @return whether it can be a SIRET
   */
  public static boolean isValidSiret(String siret) {
    return siret != null && DIGITS_14.matcher(siret).matches() && luhn(siret);
  }

  private static boolean luhn(String digits) {
    if (digits.startsWith(LA_POSTE)) {
      return digits.chars().map(c -> c - '0').sum() % 5 == 0;
    }
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
