package org.parcours.portal.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.parcours.portal.catalogue.search.CatalogueHit;
import org.parcours.portal.catalogue.search.CatalogueQuery;
import org.parcours.portal.catalogue.search.CatalogueResults;
import org.parcours.portal.catalogue.search.FacetCount;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.shared.InvalidInputException;

/**
 * Backs the public catalogue page: a plain GET form, so every search is a link a person can keep or
 * send, and the page works without script.
 */
@Named
@RequestScoped
public class CataloguePage {

  private static final List<String> PARAMETERS =
      List.of("q", "category", "modality", "region", "cpf", "price", "near", "radiusKm", "sort");

  @Inject CatalogueSearch search;
  @Inject CommuneDirectory communes;

  private Map<String, String[]> parameters;
  private CatalogueResults results;
  private List<String> errors;

  private Map<String, String[]> parameters() {
    if (parameters == null) {
      parameters =
          FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    }
    return parameters;
  }

  /** The first value of a parameter, or an empty string. */
  public String param(String name) {
    String[] values = parameters().get(name);
    return values == null || values.length == 0 || values[0] == null ? "" : values[0];
  }

  /** Whether a facet value is among the chosen ones. */
  public boolean chosen(String facet, String value) {
    String[] values = parameters().get(facet);
    return values != null && Arrays.stream(values).anyMatch(v -> v.equalsIgnoreCase(value));
  }

  /** Whether a search was asked for (the page opens on a short introduction otherwise). */
  public boolean isAsked() {
    return PARAMETERS.stream().anyMatch(p -> !param(p).isBlank()) || !param("page").isBlank();
  }

  public CatalogueResults getResults() {
    if (results == null && errors == null) {
      try {
        results = search.search(request().toQuery(communes));
        errors = List.of();
      } catch (InvalidInputException e) {
        errors =
            e.violations().stream()
                .map(v -> Feedback.messages().get("violation." + v.rule()))
                .toList();
      }
    }
    return results;
  }

  public List<String> getErrors() {
    getResults();
    return errors;
  }

  public boolean isRebuilding() {
    return search.rebuilding();
  }

  public List<FacetCount> facet(String name) {
    CatalogueResults r = getResults();
    return r == null ? List.of() : r.facets().getOrDefault(name, List.of());
  }

  public int getPages() {
    CatalogueResults r = getResults();
    if (r == null || r.total() == 0) {
      return 0;
    }
    long reachable = Math.min(r.total(), CatalogueQuery.OFFSET_MAX + r.pageSize());
    return (int) ((reachable + r.pageSize() - 1) / r.pageSize());
  }

  /** The link to another page of the same search. */
  public String pageLink(int page) {
    StringBuilder link = new StringBuilder("?");
    for (String name : PARAMETERS) {
      String[] values = parameters().get(name);
      if (values != null) {
        for (String v : values) {
          if (v != null && !v.isBlank()) {
            link.append(name)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&');
          }
        }
      }
    }
    return link.append("page=").append(page).toString();
  }

  public String getCountText() {
    return Feedback.messages().get("catalogue.count", getResults().total());
  }

  public String getPageText() {
    return Feedback.messages().get("catalogue.page", getResults().page(), getPages());
  }

  public String price(CatalogueHit hit) {
    return Prices.text(hit.priceCents());
  }

  public String distance(Double km) {
    return km == null ? "" : String.format(Feedback.messages().locale(), "%.1f km", km);
  }

  public List<String> getRegions() {
    return communes.regions();
  }

  private CatalogueRequest request() {
    return new CatalogueRequest(
        param("q"),
        list("category"),
        list("modality"),
        list("region"),
        param("cpf"),
        list("price"),
        null,
        null,
        param("near"),
        param("radiusKm").isBlank() || param("radiusKm").equals("any") ? null : radius(),
        param("sort"),
        param("page").isBlank() ? 1 : page(),
        null,
        null);
  }

  private Double radius() {
    try {
      return Double.valueOf(param("radiusKm"));
    } catch (NumberFormatException e) {
      return -1.0;
    }
  }

  private int page() {
    try {
      return Integer.parseInt(param("page"));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private List<String> list(String name) {
    String[] values = parameters().get(name);
    return values == null ? List.of() : List.of(values);
  }
}
