package org.parcours.plugin.connector;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The portal's normalized record of a credential, whatever its format. The original is kept
 * separately, byte for byte, by the host.
 *
 * @param format the {@link CredentialFormat#id()} it was read as
 * @param id the credential's own identifier, or {@code null}
 * @param title what was achieved, such as the badge or certificate name
 * @param description a longer text, or {@code null}
 * @param issuer who issued it
 * @param issuedOn when it was issued, or {@code null}
 * @param validFrom start of validity, or {@code null}
 * @param validUntil end of validity, or {@code null}
 * @param subject who it names (an email, DID or URL as written), or {@code null}
 * @param skills skills or competences it states, possibly empty
 */
public record ParsedCredential(
    String format,
    String id,
    String title,
    String description,
    Issuer issuer,
    Instant issuedOn,
    Instant validFrom,
    Instant validUntil,
    String subject,
    List<Skill> skills) {

  /**
   * Checks the required fields.
   *
   * @throws NullPointerException if the format, title or issuer is missing
   */
  public ParsedCredential {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(issuer, "issuer");
    skills = List.copyOf(skills);
  }

  /**
   * The end of validity.
   *
   * @return the end, if the credential has one
   */
  public Optional<Instant> expires() {
    return Optional.ofNullable(validUntil);
  }

  /**
   * An issuer as the credential states it (verified separately).
   *
   * @param id the issuer's identifier (DID or URL), or {@code null}
   * @param name the issuer's name
   * @param url the issuer's web site, or {@code null}
   */
  public record Issuer(String id, String name, String url) {

    /**
     * Checks the name.
     *
     * @throws NullPointerException if the name is missing
     */
    public Issuer {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A skill or competence the credential states.
   *
   * @param name its label
   * @param framework the framework it belongs to (ESCO, ROME, RNCP, Pix...), or {@code null}
   * @param code its code in that framework, or {@code null}
   * @param level a level or score as written, or {@code null}
   */
  public record Skill(String name, String framework, String code, String level) {

    /**
     * Checks the name.
     *
     * @throws NullPointerException if the name is missing
     */
    public Skill {
      Objects.requireNonNull(name, "name");
    }
  }
}
