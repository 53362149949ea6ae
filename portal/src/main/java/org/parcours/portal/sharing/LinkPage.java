package org.parcours.portal.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.sharing.SharingService;

/** The read-only page behind a secret link; anything but a live link shows "not found". */
@Named
@RequestScoped
public class LinkPage {

  @Inject SharingService sharing;

  private String token;
  private SharingService.SharedPortfolio shared;
  private boolean loaded;

  public SharingService.SharedPortfolio getShared() {
    if (!loaded) {
      loaded = true;
      try {
        shared = sharing.readByLink(token);
      } catch (NotFoundException e) {
        shared = null; // unknown, expired or revoked: all read alike
      }
    }
    return shared;
  }

  /** The shared files of one shared entry. */
  public List<EvidenceFile> filesOf(Entry entry) {
    return getShared().files().stream().filter(f -> f.entry().equals(entry.entryId())).toList();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
