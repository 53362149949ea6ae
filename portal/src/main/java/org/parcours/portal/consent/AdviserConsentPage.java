package org.parcours.portal.consent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.portal.security.AdviserIdentity;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.sharing.ConsentService;

/**
 * "Consentement en personne" on the adviser's screen: a one-time code and its QR code for the
 * worker beside them; the page learns by itself when the worker has confirmed.
 */
@Named
@ViewScoped
public class AdviserConsentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConsentService consents;
  @Inject AdviserIdentity adviser;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.baseUrl")
  String baseUrl;

  private UUID requestId;
  private String code;
  private String qrSvg;
  private OffsetDateTime expiresAt;
  private String organisation;

  public void ask() {
    try {
      ConsentService.NewCode asked = consents.ask(adviser.signedIn());
      requestId = asked.request().id();
      code = asked.code();
      expiresAt = asked.request().expiresAt();
      organisation = asked.request().organisation().name();
      String link = AdviserConsentResource.consentLink(baseUrl, code);
      qrSvg = QrCodes.svg(link, Feedback.messages().get("adviser.consent.qr.label"));
    } catch (InvalidInputException e) {
      Feedback.show("ask", e);
    }
  }

  /** The code in two groups of four, easier to read aloud and to type. */
  public String getCodeShown() {
    return code == null ? null : code.substring(0, 4) + " " + code.substring(4);
  }

  public String getQrSvg() {
    return qrSvg;
  }

  public UUID getRequestId() {
    return requestId;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getExpiresShown() {
    return expiresAt == null
        ? null
        : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withLocale(Feedback.messages().locale())
            .format(expiresAt.atZoneSameInstant(clock.getZone()));
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }
}
