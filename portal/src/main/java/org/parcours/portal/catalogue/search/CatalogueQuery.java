package org.parcours.portal.catalogue.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parcours.portfolio.catalogue.Category;
import org.parcours.portfolio.catalogue.Modality;

/**
 * What a worker asks the catalogue. Values within one filter are alternatives (FORMATION or
 * COACHING), filters combine (FORMATION and in Bretagne). Built with {@link #builder()}; refused
 * with an {@link IllegalArgumentException} a person can act on when it makes no sense, because
 * these values come straight from a URL.
 *
 * @param text words to look for, with or without Lucene syntax; null or blank for everything
 * @param rncpCode only offers that target this RNCP certification
 * @param blocCodes only offers that cover at least one of these RNCP skill blocs
 * @param near the point distances are measured from; required to sort by distance or limit the
 *     radius
 * @param radiusKm only offers with a place within this distance of {@code near}; null for no limit
 * @param facets the facets to count, among {@link #FACETS}
 * @param page from 1
 */
public record CatalogueQuery(
    String text,
    Set<Category> categories,
    Set<Modality> modalities,
    Set<String> regions,
    Boolean cpfEligible,
    Set<PriceBand> priceBands,
    String rncpCode,
    Set<String> blocCodes,
    Point near,
    Double radiusKm,
    Order order,
    Set<String> facets,
    int page,
    int pageSize) {

  public static final String CATEGORY = "category";
  public static final String MODALITY = "modality";
  public static final String REGION = "region";
  public static final String CPF = "cpf";
  public static final String PRICE = "price";
  public static final List<String> FACETS = List.of(CATEGORY, MODALITY, REGION, CPF, PRICE);

  public static final int TEXT_MAX = 500;
  public static final int PAGE_SIZE_MAX = 100;
  public static final int DEFAULT_PAGE_SIZE = 20;
  // Deep paging costs memory in every search; nobody reads 10,000 offers page by page.
  public static final int OFFSET_MAX = 10_000;
  public static final double RADIUS_MAX_KM = 1_000;
  public static final int VALUES_MAX = 50;

  /** How results are ordered. */
  public enum Order {
    RELEVANCE,
    DISTANCE
  }

  /** A point on Earth, in degrees (WGS 84), typically a commune's. */
  public record Point(double latitude, double longitude) {
    public Point {
      if (!(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
        throw new IllegalArgumentException(
            "The point ("
                + latitude
                + ", "
                + longitude
                + ") is not on Earth: latitude within ±90, longitude within ±180.");
      }
    }
  }

  public CatalogueQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    if (text != null && text.length() > TEXT_MAX) {
      throw new IllegalArgumentException(
          "The search text is "
              + text.length()
              + " characters long; use "
              + TEXT_MAX
              + " at most.");
    }
    categories = copy(categories, "categories");
    modalities = copy(modalities, "modalities");
    regions = copy(regions, "regions");
    priceBands = copy(priceBands, "price bands");
    rncpCode =
        rncpCode == null || rncpCode.isBlank() ? null : rncpCode.strip().toUpperCase(Locale.ROOT);
    blocCodes = upperCase(copy(blocCodes, "bloc codes"));
    if (radiusKm != null) {
      if (near == null) {
        throw new IllegalArgumentException("A search radius needs a commune to measure from.");
      }
      if (!(radiusKm > 0 && radiusKm <= RADIUS_MAX_KM)) {
        throw new IllegalArgumentException(
            "The radius should be more than 0 and at most "
                + (int) RADIUS_MAX_KM
                + " km, not "
                + radiusKm
                + ".");
      }
    }
    order = order == null ? Order.RELEVANCE : order;
    if (order == Order.DISTANCE && near == null) {
      throw new IllegalArgumentException("Sorting by distance needs a commune to measure from.");
    }
    facets = copy(facets, "facets");
    for (String facet : facets) {
      if (!FACETS.contains(facet)) {
        throw new IllegalArgumentException(
            "There is no facet '" + facet + "'; choose among " + String.join(", ", FACETS) + ".");
      }
    }
    if (pageSize < 1 || pageSize > PAGE_SIZE_MAX) {
      throw new IllegalArgumentException(
          "The page size should be between 1 and " + PAGE_SIZE_MAX + ", not " + pageSize + ".");
    }
    if (page < 1) {
      throw new IllegalArgumentException("Pages are numbered from 1, not " + page + ".");
    }
    if ((long) (page - 1) * pageSize > OFFSET_MAX) {
      throw new IllegalArgumentException(
          "Page "
              + page
              + " is too far: results stop after "
              + OFFSET_MAX
              + " offers; narrow the search with filters instead.");
    }
  }

  /** Where this page starts among all results, from 0. */
  public int offset() {
    return (page - 1) * pageSize;
  }

  public static Builder builder() {
    return new Builder();
  }

  private static <T> Set<T> copy(Collection<T> values, String what) {
    if (values == null) {
      return Set.of();
    }
    if (values.size() > VALUES_MAX) {
      throw new IllegalArgumentException(
          "Choose at most " + VALUES_MAX + " " + what + ", not " + values.size() + ".");
    }
    return Set.copyOf(values);
  }

  private static Set<String> upperCase(Set<String> codes) {
    List<String> out = new ArrayList<>(codes.size());
    for (String code : codes) {
      out.add(code.strip().toUpperCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** Builds a query step by step; every value is checked by {@link #build()}. */
  public static final class Builder {
    private String text;
    private final Set<Category> categories = EnumSet.noneOf(Category.class);
    private final Set<Modality> modalities = EnumSet.noneOf(Modality.class);
    private final Set<String> regions = new LinkedHashSet<>();
    private Boolean cpfEligible;
    private final Set<PriceBand> priceBands = EnumSet.noneOf(PriceBand.class);
    private String rncpCode;
    private final Set<String> blocCodes = new LinkedHashSet<>();
    private Point near;
    private Double radiusKm;
    private Order order = Order.RELEVANCE;
    private final Set<String> facets = new LinkedHashSet<>();
    private int page = 1;
    private int pageSize = DEFAULT_PAGE_SIZE;

    private Builder() {}

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder category(Category... values) {
      categories.addAll(List.of(values));
      return this;
    }

    public Builder modality(Modality... values) {
      modalities.addAll(List.of(values));
      return this;
    }

    public Builder region(String... values) {
      regions.addAll(List.of(values));
      return this;
    }

    public Builder cpfEligible(Boolean value) {
      this.cpfEligible = value;
      return this;
    }

    public Builder price(PriceBand... values) {
      priceBands.addAll(List.of(values));
      return this;
    }

    public Builder rncpCode(String code) {
      this.rncpCode = code;
      return this;
    }

    public Builder blocs(Collection<String> codes) {
      blocCodes.addAll(codes);
      return this;
    }

    /** Distances from this point; with a radius in km, or null for no limit. */
    public Builder near(double latitude, double longitude, Double radiusKm) {
      this.near = new Point(latitude, longitude);
      this.radiusKm = radiusKm;
      return this;
    }

    public Builder order(Order order) {
      this.order = order;
      return this;
    }

    public Builder facets(String... names) {
      facets.addAll(List.of(names));
      return this;
    }

    public Builder page(int page, int pageSize) {
      this.page = page;
      this.pageSize = pageSize;
      return this;
    }

    public CatalogueQuery build() {
      return new CatalogueQuery(
          text,
          categories,
          modalities,
          regions,
          cpfEligible,
          priceBands,
          rncpCode,
          blocCodes,
          near,
          radiusKm,
          order,
          facets,
          page,
          pageSize);
    }
  }
}
