package org.parcours.connector.example;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;

/**
 * An employer attestation in the example text format: {@code key: value} lines ({@code format},
 * {@code title}, {@code issuer}, {@code recipient}, {@code issued}), then a last line {@code
 * signature:} holding the base64 Ed25519 signature of every byte before that line.
 *
 * @param title what the worker did or mastered
 * @param issuer the employer's name
 * @param recipient the worker's email address
 * @param issued the date of the attestation
 * @param signedPart the bytes the signature covers
 * @param signature the signature
 */
record Attestation(
    String title,
    String issuer,
    String recipient,
    LocalDate issued,
    byte[] signedPart,
    byte[] signature) {

  static final String FORMAT = "parcours-example-attestation/1";
  static final String MEDIA_TYPE = "text/vnd.parcours.attestation";
  private static final int MAX_BYTES = 16 * 1024;
  private static final String SIGNATURE = "\nsignature:";

  static boolean looksLikeOne(CredentialInput input) {
    return input.size() <= MAX_BYTES && input.text().startsWith("format: " + FORMAT + "\n");
  }

  static Attestation parse(CredentialInput input) throws CredentialRejected {
    if (input.size() > MAX_BYTES) {
      throw new CredentialRejected(
          "attestation.too-large", "An attestation is at most 16 KiB; this one is larger.");
    }
    if (!looksLikeOne(input)) {
      throw new CredentialRejected(
          "attestation.format", "An attestation starts with the line 'format: " + FORMAT + "'.");
    }
    String text = input.text();
    int cut = text.lastIndexOf(SIGNATURE);
    if (cut < 0) {
      throw new CredentialRejected(
          "attestation.unsigned", "The attestation has no 'signature:' line at its end.");
    }
    Map<String, String> fields = fields(text.substring(0, cut));
    try {
      return new Attestation(
          required(fields, "title"),
          required(fields, "issuer"),
          required(fields, "recipient"),
          LocalDate.parse(required(fields, "issued")),
          text.substring(0, cut + 1).getBytes(StandardCharsets.UTF_8),
          Base64.getDecoder().decode(text.substring(cut + SIGNATURE.length()).strip()));
    } catch (DateTimeParseException e) {
      throw new CredentialRejected(
          "attestation.date", "The 'issued' line must be a date such as 2025-06-01.", e);
    } catch (IllegalArgumentException e) {
      throw new CredentialRejected(
          "attestation.signature-encoding", "The signature is not valid base64.", e);
    }
  }

  private static Map<String, String> fields(String head) throws CredentialRejected {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : head.split("\n")) {
      int colon = line.indexOf(": ");
      if (colon <= 0 || fields.put(line.substring(0, colon), line.substring(colon + 2)) != null) {
        throw new CredentialRejected(
            "attestation.line",
            "Each line must be 'name: value' and each name appear once; this one is not: "
                + line.substring(0, Math.min(line.length(), 60)));
      }
    }
    return fields;
  }

  private static String required(Map<String, String> fields, String name)
      throws CredentialRejected {
    String value = fields.get(name);
    if (value == null || value.isBlank()) {
      throw new CredentialRejected(
          "attestation.missing", "The attestation has no '" + name + "' line.");
    }
    return value.strip();
  }
}
