package org.parcours.portal.credential;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.VerificationReport.Check;
import org.parcours.portal.plugin.HostedConnector;
import org.parcours.portfolio.credential.Credential;

/**
 * A credential as its worker sees it, reasons in their language.
 *
 * @param id its id
 * @param title what was achieved
 * @param issuer who issued it, as the credential states
 * @param issuerId the issuer's identifier, or {@code null}
 * @param format the format it was read as
 * @param connector the plugin and connector that read it
 * @param issuedOn when it was issued, or {@code null}
 * @param validUntil end of validity, or {@code null}
 * @param verdict {@code verified}, {@code failed} or {@code unknown}
 * @param verifiedAt when it was last verified
 * @param checks each check with its outcome and reason
 * @param skills the skills it states
 */
public record CredentialView(
    UUID id,
    String title,
    String issuer,
    String issuerId,
    String format,
    String connector,
    OffsetDateTime issuedOn,
    OffsetDateTime validUntil,
    String verdict,
    OffsetDateTime verifiedAt,
    List<CheckView> checks,
    List<ParsedCredential.Skill> skills) {

  /**
   * One check.
   *
   * @param aspect what was checked, lower case
   * @param outcome {@code passed}, {@code failed}, {@code unknown} or {@code not_applicable}
   * @param code the stable reason code
   * @param reason the reason in the reader's language
   */
  public record CheckView(String aspect, String outcome, String code, String reason) {}

  /**
   * The credentials of a worker.
   *
   * @param credentials the list, newest first
   */
  public record CredentialList(List<CredentialView> credentials) {}

  static CredentialView of(Credential c, HostedConnector connector, Locale locale) {
    return new CredentialView(
        c.id(),
        c.title(),
        c.issuer().name(),
        c.issuer().id(),
        c.format(),
        c.connector(),
        c.issuedOn().orElse(null),
        c.validUntil().orElse(null),
        c.verdict().name().toLowerCase(Locale.ROOT),
        c.verifiedAt(),
        c.report().checks().stream().map(check -> check(check, connector, locale)).toList(),
        c.skills());
  }

  private static CheckView check(Check check, HostedConnector connector, Locale locale) {
    return new CheckView(
        check.aspect().name().toLowerCase(Locale.ROOT),
        check.outcome().name().toLowerCase(Locale.ROOT),
        check.code(),
        connector == null
            ? check.detail()
            : connector.describe(check.code(), locale, check.detail()));
  }
}
