package org.parcours.portal.entry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryKind;
import org.parcours.portfolio.entry.EntryService;
import org.parcours.portfolio.entry.PortfolioFilter;

/**
 * The search form of "Mon portfolio": a plain GET form, so a search is a link the worker can keep
 * and the back button works.
 */
@Named
@RequestScoped
public class PortfolioSearch {

  @Inject EntryService entries;
  @Inject SignedInWorker worker;

  private List<Entry> results;

  public String getWords() {
    return param("q");
  }

  public String getKind() {
    return param("kind");
  }

  public EntryKind[] getKinds() {
    return EntryKind.values();
  }

  public boolean isActive() {
    return !getWords().isBlank() || kind() != null;
  }

  public List<Entry> getResults() {
    if (results == null) {
      results = entries.list(worker.id(), new PortfolioFilter(getWords(), kind(), null));
    }
    return results;
  }

  public String getCountText() {
    return Feedback.messages().get("portfolio.search.count", getResults().size());
  }

  private EntryKind kind() {
    for (EntryKind k : EntryKind.values()) {
      if (k.name().equals(getKind())) {
        return k;
      }
    }
    return null; // an unknown kind in a hand-made link searches every kind
  }

  private static String param(String name) {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String value = params.get(name);
    return value == null ? "" : value.strip();
  }
}
