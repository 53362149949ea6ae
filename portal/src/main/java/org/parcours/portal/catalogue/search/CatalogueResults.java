package org.parcours.portal.catalogue.search;

import java.util.List;
import java.util.Map;

/**
 * A page of search results.
 *
 * @param total how many offers match, all pages together
 * @param facets for each facet asked for, its values with their counts among the matching offers,
 *     most frequent first
 */
public record CatalogueResults(
    long total,
    int page,
    int pageSize,
    List<CatalogueHit> hits,
    Map<String, List<FacetCount>> facets) {

  public CatalogueResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  static CatalogueResults empty(CatalogueQuery query) {
    return new CatalogueResults(0, query.page(), query.pageSize(), List.of(), Map.of());
  }
}
