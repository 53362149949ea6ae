package org.parcours.portal.catalogue.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.parcours.portal.catalogue.geo.Commune;
import org.parcours.portal.catalogue.geo.Communes;
import org.parcours.portfolio.shared.ReferentialsFolder;

/** The official communes, loaded once from the data folder, for places and distances. */
@ApplicationScoped
public class CommuneDirectory {

  @Inject ReferentialsFolder folder;

  private volatile Communes communes;

  private Communes communes() {
    Communes loaded = communes;
    if (loaded == null) {
      synchronized (this) {
        if (communes == null) {
          communes = Communes.load(folder.path());
        }
        loaded = communes;
      }
    }
    return loaded;
  }

  /**
   * The located commune of a postal code, or of a name.
   *
   * @param postalCodeOrName five digits, or the start of a commune's name
   * @return the first located match
   */
  public Optional<Commune> find(String postalCodeOrName) {
    String text = postalCodeOrName == null ? "" : postalCodeOrName.strip();
    List<Commune> found =
        text.matches("\\d{5}")
            ? communes().byPostalCode(text)
            : communes().byNamePrefix(text, Communes.PICKER_MAX);
    return found.stream().filter(Commune::located).findFirst();
  }

  /**
   * Communes whose name starts with the text, for a picker.
   *
   * @param prefix the typed text
   * @param limit at most this many
   * @return matching communes
   */
  public List<Commune> suggest(String prefix, int limit) {
    return communes().byNamePrefix(prefix == null ? "" : prefix, limit);
  }

  /**
   * The region names, for the region filter.
   *
   * @return the names
   */
  public List<String> regions() {
    return communes().regionNames();
  }
}
