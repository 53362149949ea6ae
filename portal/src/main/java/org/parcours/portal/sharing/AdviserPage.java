package org.parcours.portal.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import org.parcours.portal.security.AdviserIdentity;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.sharing.ShareGrant;
import org.parcours.portfolio.sharing.SharingService;

/**
 * Backs "Portfolios partagés avec moi": the live grants made to the signed-in adviser and, with
 * {@code ?id=}, what one of them shares (every read is logged for the worker).
 */
@Named
@RequestScoped
public class AdviserPage {

  @Inject SharingService sharing;
  @Inject AdviserIdentity adviser;

  private SharingService.SharedPortfolio shared;
  private boolean loaded;

  public List<ShareGrant> getGrants() {
    return sharing.grantsTo(adviser.signedIn());
  }

  public String getSelected() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get("id");
  }

  public SharingService.SharedPortfolio getShared() {
    if (!loaded) {
      loaded = true;
      String id = getSelected();
      try {
        shared = id == null ? null : sharing.readAsAdviser(adviser.signedIn(), UUID.fromString(id));
      } catch (IllegalArgumentException | NotFoundException e) {
        shared = null; // not a live grant to this adviser: nothing to show, nothing to say why
      }
    }
    return shared;
  }

  public List<EvidenceFile> filesOf(Entry entry) {
    return getShared().files().stream().filter(f -> f.entry().equals(entry.entryId())).toList();
  }

  public String until(OffsetDateTime at) {
    return at == null
        ? ""
        : at.format(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Feedback.messages().locale()));
  }
}
