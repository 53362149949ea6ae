package org.parcours.connector.pix;

import java.util.Locale;
import java.util.regex.Pattern;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;

/**
 * A Pix certificate verification code: {@code P-} and 8 characters of {@code
 * 2346789BCDFGHJKMPQRTVWXY} (no 0, 1 nor vowels), the format of Pix's code generator. Input is
 * trimmed and upper-cased first.
 *
 * @param value the normalized code, such as {@code P-BBBCCCDD}
 */
record VerificationCode(String value) {

  /** The expected format, as shown to workers. */
  static final String EXPECTED = "P-XXXXXXXX";

  static final String ALPHABET = "2346789BCDFGHJKMPQRTVWXY";
  private static final Pattern FORMAT = Pattern.compile("P-[" + ALPHABET + "]{8}");

  /** Longer pasted text is not a code: {@link #looksLikeOne} stays cheap. */
  private static final int MAX_INPUT = 64;

  static boolean looksLikeOne(CredentialInput input) {
    if (input.size() > MAX_INPUT) {
      return false;
    }
    String text = input.text().strip();
    return text.regionMatches(true, 0, "P-", 0, 2)
        && text.chars().noneMatch(Character::isWhitespace);
  }

  static VerificationCode parse(CredentialInput input) throws CredentialRejected {
    String text = input.size() > MAX_INPUT ? "" : input.text().strip().toUpperCase(Locale.ROOT);
    if (!FORMAT.matcher(text).matches()) {
      throw new CredentialRejected(
          "pix.code.format",
          "A Pix certificate verification code looks like "
              + EXPECTED
              + ": 'P-' then 8 characters among "
              + ALPHABET
              + " (no 0, 1 nor vowels), as printed on the certificate.");
    }
    return new VerificationCode(text);
  }

  @Override
  public String toString() {
    return value;
  }
}
