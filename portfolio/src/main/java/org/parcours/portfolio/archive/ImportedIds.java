package org.parcours.portfolio.archive;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.parcours.portfolio.vae.DossierCopy;
import org.parcours.portfolio.vae.DossierCopy.BlocCopy;
import org.parcours.portfolio.vae.DossierLink;
import org.parcours.portfolio.vae.LinkKind;

/**
 * The pieces an import brought, by the names the archive gives them (an entry's or a file's {@code
 * id} as exported, a credential's SHA-256, a skill's {@code REFERENTIAL:code}), each with the name
 * a dossier link gives it now. A link crosses only through these names: one to anything the archive
 * did not bring is dropped, so it can never point at another worker's data.
 */
final class ImportedIds {

  private final Map<LinkKind, Map<String, String>> names = new EnumMap<>(LinkKind.class);
  private int dropped;

  void add(LinkKind kind, String archived, String now) {
    if (archived != null) {
      names.computeIfAbsent(kind, k -> new HashMap<>()).put(archived, now);
    }
  }

  /** The copy with each link naming the new piece; links to nothing brought are left out. */
  DossierCopy relink(DossierCopy copy) {
    return new DossierCopy(
        copy.certification(),
        copy.certificationTitle(),
        copy.status(),
        copy.createdAt(),
        copy.updatedAt(),
        copy.blocs().stream()
            .map(b ->
                new BlocCopy(
                    b.code(),
                    b.label(),
                    b.targeted(),
                    b.narrative(),
                    b.competences(),
                    relink(b.links())))
            .toList());
  }

  private Set<DossierLink> relink(Set<DossierLink> archived) {
    Set<DossierLink> links = new HashSet<>();
    for (DossierLink link : archived) {
      String now = names.getOrDefault(link.kind(), Map.of()).get(link.target());
      if (now == null) {
        dropped++;
      } else {
        links.add(new DossierLink(link.kind(), now));
      }
    }
    return links;
  }

  /** How many links {@link #relink} left out so far. */
  int dropped() {
    return dropped;
  }
}
