package org.parcours.portal.catalogue.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parcours.portal.catalogue.geo.Commune;
import org.parcours.portal.catalogue.search.CatalogueQuery;
import org.parcours.portal.catalogue.search.PriceBand;
import org.parcours.portfolio.catalogue.Category;
import org.parcours.portfolio.catalogue.Modality;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;

/**
 * A search as the API and the page receive it (plain strings), turned into a validated query. Every
 * unknown value is refused with the field it came from; nothing is silently dropped.
 */
public record CatalogueRequest(
    String text,
    List<String> categories,
    List<String> modalities,
    List<String> regions,
    String cpf,
    List<String> prices,
    String rncp,
    List<String> blocs,
    String near,
    Double radiusKm,
    String sort,
    Integer page,
    Integer size,
    String facets) {

  /** Builds the query; {@code directory} locates the commune of {@code near}. */
  public CatalogueQuery toQuery(CommuneDirectory directory) {
    List<Violation> violations = new ArrayList<>();
    CatalogueQuery.Builder query = CatalogueQuery.builder().text(text);
    query.category(
        values(categories, Category.class, "category", violations).toArray(Category[]::new));
    query.modality(
        values(modalities, Modality.class, "modality", violations).toArray(Modality[]::new));
    query.price(values(prices, PriceBand.class, "price", violations).toArray(PriceBand[]::new));
    if (regions != null) {
      query.region(regions.stream().filter(r -> !r.isBlank()).toArray(String[]::new));
    }
    if (cpf != null && !cpf.isBlank()) {
      switch (cpf.strip().toLowerCase(Locale.ROOT)) {
        case "true", "oui", "yes" -> query.cpfEligible(true);
        case "false", "non", "no" -> query.cpfEligible(false);
        default -> violations.add(new Violation("cpf", "catalogue.cpf.invalid"));
      }
    }
    if (rncp != null && !rncp.isBlank()) {
      query.rncpCode(rncp.strip().toUpperCase(Locale.ROOT));
    }
    if (blocs != null && !blocs.isEmpty()) {
      query.blocs(blocs.stream().map(b -> b.strip().toUpperCase(Locale.ROOT)).toList());
    }
    if (near != null && !near.isBlank()) {
      Commune commune = directory.find(near).orElse(null);
      if (commune == null) {
        violations.add(new Violation("near", "catalogue.near.unknown"));
      } else {
        query.near(commune.latitude(), commune.longitude(), radiusKm);
      }
    }
    if (sort != null && !sort.isBlank()) {
      try {
        query.order(CatalogueQuery.Order.valueOf(sort.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        violations.add(new Violation("sort", "catalogue.sort.invalid"));
      }
    }
    if (facets != null && !facets.isBlank()) {
      query.facets(Arrays.stream(facets.split(",")).map(String::strip).toArray(String[]::new));
    } else {
      query.facets(CatalogueQuery.FACETS.toArray(String[]::new));
    }
    query.page(page == null ? 1 : page, size == null ? CatalogueQuery.DEFAULT_PAGE_SIZE : size);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    try {
      return query.build();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          List.of(new Violation(field(e.getMessage()), "catalogue.query.invalid")));
    }
  }

  private static String field(String message) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (m.contains("facet")) {
      return "facets";
    }
    if (m.contains("page size") || m.contains("size")) {
      return "size";
    }
    if (m.contains("page")) {
      return "page";
    }
    if (m.contains("radius")) {
      return "radiusKm";
    }
    return "q";
  }

  private static <E extends Enum<E>> List<E> values(
      List<String> texts, Class<E> type, String field, List<Violation> violations) {
    List<E> values = new ArrayList<>();
    if (texts == null) {
      return values;
    }
    for (String text : texts) {
      if (text == null || text.isBlank()) {
        continue;
      }
      try {
        values.add(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        violations.add(new Violation(field, "catalogue." + field + ".invalid"));
      }
    }
    return values;
  }
}
