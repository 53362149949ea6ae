package org.parcours.portal.vae;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.certification.Certification;
import org.parcours.portfolio.certification.Certifications;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.vae.Dossier;
import org.parcours.portfolio.vae.DossierService;
import org.parcours.portfolio.vae.DossierStatus;

/** "Mes dossiers VAE": find a target certification, open a dossier, see the dossiers. */
@Named
@ViewScoped
public class DossiersPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int RESULTS = 10;

  @Inject DossierService dossiers;
  @Inject Certifications certifications;
  @Inject SignedInWorker worker;

  private String query;
  private transient List<Certification> found;
  private transient List<Dossier> mine;

  public void search() {
    found = certifications.search(query, RESULTS);
    if (found.isEmpty()) {
      Feedback.notice("vae.search.none");
    }
  }

  public String open(String number) {
    try {
      Dossier opened = dossiers.open(worker.id(), number);
      return "/portfolio/dossier.xhtml?faces-redirect=true&id=" + opened.id();
    } catch (InvalidInputException e) {
      Feedback.show("search", e);
      return null;
    }
  }

  public List<Certification> getFound() {
    return found == null ? List.of() : found;
  }

  public boolean isSearched() {
    return found != null;
  }

  public List<Dossier> getActive() {
    return all().stream().filter(d -> d.status() == DossierStatus.ACTIVE).toList();
  }

  public List<Dossier> getArchived() {
    return all().stream().filter(d -> d.status() == DossierStatus.ARCHIVED).toList();
  }

  private List<Dossier> all() {
    if (mine == null) {
      mine = dossiers.dossiers(worker.id());
    }
    return mine;
  }

  public String when(OffsetDateTime at) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(Feedback.messages().locale())
        .format(at);
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
