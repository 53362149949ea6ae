package org.parcours.portal.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.http.FetchException;
import org.parcours.plugin.http.FetchResponse;
import org.parcours.portal.i18n.Messages;
import org.parcours.portal.plugin.HostedConnector;
import org.parcours.portal.plugin.PluginHost;
import org.parcours.portfolio.archive.CredentialRestorer;
import org.parcours.portfolio.credential.Credential;
import org.parcours.portfolio.credential.CredentialService;
import org.parcours.portfolio.shared.ErrorCode;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.worker.WorkerId;

/**
 * Brings a credential into a worker's portfolio: the first connector that recognises it parses and
 * verifies it, then the record, the report and the original are stored together. Nothing is stored
 * when it cannot be read; a credential that fails verification is stored flagged, so the worker
 * sees why.
 */
@ApplicationScoped
public class CredentialImport {

  /** The largest credential read, whatever its form (issue 4's guard). */
  public static final int MAX_BYTES = 256 * 1024;

  @Inject PluginHost plugins;
  @Inject CredentialService credentials;

  /**
   * Imports bytes given by the worker.
   *
   * @param owner the worker
   * @param emails the worker's verified e-mail addresses
   * @param content what was uploaded or pasted
   * @param mediaType the declared type, or {@code null}
   * @param fileName the uploaded file's name, or {@code null}
   * @param locale the worker's language, for reasons
   * @return the stored credential
   * @throws org.parcours.portal.plugin.CallerBusy when the worker already has imports in flight
   */
  public Credential fromBytes(
      WorkerId owner,
      Set<String> emails,
      byte[] content,
      String mediaType,
      String fileName,
      Locale locale) {
    return plugins
        .shares()
        .run(
            owner.toString(),
            () ->
                read(
                    owner,
                    emails,
                    new CredentialInput(content, mediaType, fileName, null),
                    locale));
  }

  /**
   * Imports what an address returns, fetched through the guarded fetcher.
   *
   * @param owner the worker
   * @param emails the worker's verified e-mail addresses
   * @param url the address the worker gave
   * @param locale the worker's language, for reasons
   * @return the stored credential
   * @throws org.parcours.portal.plugin.CallerBusy when the worker already has imports in flight
   */
  public Credential fromUrl(WorkerId owner, Set<String> emails, String url, Locale locale) {
    return plugins.shares().run(owner.toString(), () -> fetchAndRead(owner, emails, url, locale));
  }

  private Credential fetchAndRead(WorkerId owner, Set<String> emails, String url, Locale locale) {
    Messages messages = Messages.in(locale);
    URI uri;
    try {
      uri = URI.create(url == null ? "" : url.strip());
    } catch (IllegalArgumentException e) {
      throw new CredentialUnreadable("credential.url", messages.get("credential.url.invalid"));
    }
    FetchResponse response;
    try {
      response =
          plugins
              .fetcher()
              .get(
                  uri,
                  "application/ld+json, application/json, application/jwt, image/png, image/svg+xml;q=0.9, */*;q=0.5");
    } catch (FetchException e) {
      throw new CredentialUnreadable(
          "fetch." + e.reason().name().toLowerCase(Locale.ROOT),
          messages.get("credential.url.unreachable", e.getMessage()));
    }
    if (!response.ok()) {
      throw new CredentialUnreadable(
          "fetch.status", messages.get("credential.url.status", response.status()));
    }
    return read(
        owner,
        emails,
        new CredentialInput(response.body(), response.mediaType(), null, response.uri()),
        locale);
  }

  /**
   * A restorer for archive imports: each credential of the archive goes through the connectors
   * again, for this worker; one that no connector reads refuses the whole import.
   *
   * @param emails the worker's verified e-mail addresses
   * @param locale the worker's language, for reasons
   * @return the restorer
   */
  public CredentialRestorer restorer(Set<String> emails, Locale locale) {
    return (owner, original) -> {
      try {
        return read(owner, emails, new CredentialInput(original, null, null, null), locale).id();
      } catch (CredentialUnreadable e) {
        throw new InvalidInputException(
            List.of(new Violation("credentials", "archive.credentialUnreadable")));
      }
    };
  }

  private Credential read(
      WorkerId owner, Set<String> emails, CredentialInput input, Locale locale) {
    Messages messages = Messages.in(locale);
    if (input.size() > MAX_BYTES) {
      throw new InvalidInputException(
          ErrorCode.TOO_LARGE, List.of(new Violation("credential", "credential.too-large")));
    }
    if (input.size() == 0) {
      throw new InvalidInputException(List.of(new Violation("credential", "credential.empty")));
    }
    HostedConnector connector =
        plugins
            .connectorFor(input)
            .orElseThrow(() ->
                new CredentialUnreadable(
                    "credential.unrecognized", messages.get("credential.unrecognized")));
    ParsedCredential parsed;
    try {
      parsed = connector.parse(input);
    } catch (CredentialRejected e) {
      throw new CredentialUnreadable(
          e.code(), connector.describe(e.code(), locale, e.getMessage()));
    }
    VerificationReport report = connector.verify(input, new Recipient(emails, Set.of()));
    return credentials.add(
        owner, connector.id(), input.content(), input.mediaType().orElse(null), parsed, report);
  }
}
