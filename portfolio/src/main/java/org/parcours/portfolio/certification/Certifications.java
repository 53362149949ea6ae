package org.parcours.portfolio.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.parcours.portfolio.shared.ReferentialsFolder;

/**
 * The RNCP certifications of this instance, read from the configured open-data folder on first use
 * (not at start: start-up should not pay for a referential nobody asked for yet).
 */
@ApplicationScoped
public class Certifications {

  public static final int SEARCH_MAX = 50;

  private ReferentialsFolder folder;
  private volatile CertificationCatalogue catalogue;

  protected Certifications() {}

  @Inject
  public Certifications(ReferentialsFolder folder) {
    this.folder = folder;
  }

  public CertificationCatalogue catalogue() {
    CertificationCatalogue loaded = catalogue;
    if (loaded == null) {
      synchronized (this) {
        loaded = catalogue;
        if (loaded == null) {
          loaded = CertificationCatalogue.load(folder.path());
          catalogue = loaded;
        }
      }
    }
    return loaded;
  }

  public Optional<Certification> byNumber(String number) {
    return catalogue().byNumber(number);
  }

  /** By number or words of its title, certifier or blocs; at most {@link #SEARCH_MAX}. */
  public List<Certification> search(String query, int limit) {
    return catalogue().search(query, Math.min(limit, SEARCH_MAX));
  }
}
