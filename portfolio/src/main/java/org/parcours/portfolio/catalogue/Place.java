package org.parcours.portfolio.catalogue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where an offer is given. Sources differ in precision: LHÉO gives the INSEE commune code and
 * coordinates, the communes file only a postal code, MonCompteFormation only the département and
 * région. So everything but the département may be missing; an offer without coordinates is simply
 * left out of searches around a commune.
 *
 * @param communeCode INSEE code of the commune (2A/2B for Corsica), or null when the source has
 *     none
 * @param postalCode five-digit postal code, or null
 * @param departmentCode {@code 01}..{@code 95}, {@code 2A}, {@code 2B} or {@code 971}..{@code 976};
 *     a leading zero dropped by a spreadsheet is put back
 */
public record Place(
    String communeCode,
    String postalCode,
    String communeName,
    String departmentCode,
    String regionName,
    Double latitude,
    Double longitude) {

  private static final Pattern INSEE = Pattern.compile("\\d[\\dAB]\\d{3}");
  private static final Pattern POSTAL = Pattern.compile("\\d{5}");
  private static final Pattern DEPARTMENT = Pattern.compile("\\d{2}|2A|2B|97\\d");

  public Place {
    communeCode = blankToNull(communeCode);
    if (communeCode != null) {
      communeCode = communeCode.toUpperCase(Locale.ROOT);
      if (!INSEE.matcher(communeCode).matches()) {
        throw new IllegalArgumentException(
            "The INSEE commune code '" + communeCode + "' should be 5 characters, like 69123.");
      }
    }
    postalCode = blankToNull(postalCode);
    if (postalCode != null) {
      postalCode = padded(postalCode, 5);
      if (!POSTAL.matcher(postalCode).matches()) {
        throw new IllegalArgumentException(
            "The postal code '" + postalCode + "' should be 5 digits, like 69001.");
      }
    }
    communeName = blankToNull(communeName);
    departmentCode = normalDepartment(departmentCode);
    if (departmentCode == null) {
      throw new IllegalArgumentException(
          "A place needs its département code (like 69, 2A or 974).");
    }
    regionName = blankToNull(regionName);
    if ((latitude == null) != (longitude == null)) {
      throw new IllegalArgumentException(
          "Give both latitude and longitude of " + communeName + ", or neither.");
    }
    if (latitude != null && (Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
      throw new IllegalArgumentException(
          "The coordinates ("
              + latitude
              + ", "
              + longitude
              + ") are not on Earth: latitude within ±90, longitude within ±180.");
    }
  }

  public boolean located() {
    return latitude != null;
  }

  /**
   * A département code as written everywhere else ({@code 01}, {@code 2A}, {@code 974}), from the
   * forms found in open data ({@code 1}, {@code 2a}); null when blank; an exception when it cannot
   * be a département.
   */
  public static String normalDepartment(String code) {
    String c = blankToNull(code);
    if (c == null) {
      return null;
    }
    c = padded(c.toUpperCase(Locale.ROOT), 2);
    if (!DEPARTMENT.matcher(c).matches()) {
      throw new IllegalArgumentException(
          "The département code '" + code + "' is not one: expected like 01, 69, 2A or 974.");
    }
    return c;
  }

  private static String padded(String digits, int length) {
    return digits.length() < length && digits.chars().allMatch(Character::isDigit)
        ? "0".repeat(length - digits.length()) + digits
        : digits;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
