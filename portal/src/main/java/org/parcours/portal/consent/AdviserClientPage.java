package org.parcours.portal.consent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parcours.portal.security.AdviserIdentity;
import org.parcours.portal.vae.DossierViews.BlocView;
import org.parcours.portal.vae.DossierViews.DossierView;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.sharing.AdviserNote;
import org.parcours.portfolio.sharing.ConsentService;

/**
 * The adviser's work inside one live consent ({@code ?id=}): the dossiers it shows, co-editing when
 * allowed, and notes with recommended offers left in the worker's portfolio.
 */
@Named
@RequestScoped
public class AdviserClientPage {

  @Inject ConsentService consents;
  @Inject CatalogueService catalogue;
  @Inject AdviserIdentity adviser;

  private String body;
  private String offer;
  private Map<String, String> drafts;
  private List<DossierView> dossiers;

  public UUID getGrant() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      return id == null ? null : UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The dossiers this consent shows; none when its scope leaves them out. */
  public List<DossierView> getDossiers() {
    if (dossiers == null) {
      try {
        dossiers =
            consents.dossiersAsAdviser(adviser.signedIn(), getGrant()).stream()
                .map(e -> DossierView.of(e.dossier(), e.portfolio()))
                .toList();
      } catch (InvalidInputException | NotFoundException e) {
        dossiers = List.of();
      }
    }
    return dossiers;
  }

  public List<AdviserNote> getNotes() {
    try {
      return consents.notesUnder(adviser.signedIn(), getGrant());
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  public void note() {
    try {
      AdviserNote.Recommendation recommended = recommendation(offer);
      consents.note(adviser.signedIn(), getGrant(), body, recommended);
      body = null;
      offer = null;
      Feedback.notice("adviser.note.left");
    } catch (InvalidInputException e) {
      Feedback.show("note", e);
    } catch (NotFoundException e) {
      Feedback.error("note:body", "adviser.gone");
    }
  }

  public void write(String dossierId, String blocCode) {
    try {
      consents.writeAsAdviser(
          adviser.signedIn(),
          getGrant(),
          UUID.fromString(dossierId),
          blocCode,
          getDrafts().get(dossierId + "|" + blocCode));
      Feedback.notice("vae.saved");
    } catch (InvalidInputException e) {
      Feedback.show("coedit", e);
    } catch (NotFoundException e) {
      Feedback.error("note:body", "adviser.gone");
    }
    dossiers = null;
    drafts = null;
  }

  /** Each bloc's narrative as the co-editing forms show it, keyed by dossier and bloc. */
  public Map<String, String> getDrafts() {
    if (drafts == null) {
      drafts = new HashMap<>();
      for (DossierView d : getDossiers()) {
        for (BlocView b : d.blocs()) {
          drafts.put(d.id() + "|" + b.code(), b.narrative());
        }
      }
    }
    return drafts;
  }

  // An offer named by its catalogue address or its id.
  private AdviserNote.Recommendation recommendation(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    int at = value.lastIndexOf("id=");
    String id = at < 0 ? value : value.substring(at + 3);
    try {
      return catalogue
          .publicOffer(UUID.fromString(id))
          .map(o -> new AdviserNote.Recommendation(o.id(), o.title()))
          .orElseThrow(IllegalArgumentException::new);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new Violation("offer", "note.offer.unknown")));
    }
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getOffer() {
    return offer;
  }

  public void setOffer(String offer) {
    this.offer = offer;
  }
}
