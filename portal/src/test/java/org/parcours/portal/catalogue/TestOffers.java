package org.parcours.portal.catalogue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parcours.portfolio.catalogue.Category;
import org.parcours.portfolio.catalogue.Modality;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.catalogue.Place;

/** Offers for tests: valid by default, each test changes what it is about. */
public final class TestOffers {

  public static final UUID PARTNER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  public static final Place LYON =
      new Place(
          "69123", "69001", "Lyon 01", "69", "Auvergne-Rhône-Alpes", 45.7699284397, 4.82922464978);
  public static final Place PARIS =
      new Place("75101", "75001", "Paris 01", "75", "Île-de-France", 48.8626304852, 2.33629344655);
  public static final Place QUIMPER =
      new Place("29232", "29000", "Quimper", "29", "Bretagne", 47.9971425162, -4.09111944455);

  private TestOffers() {}

  /** The data folder the build points to ({@code parcours.data.dir}). */
  public static Path dataDir() {
    String dir = System.getProperty("parcours.data.dir");
    if (dir == null) {
      throw new IllegalStateException("Run through Maven: it sets parcours.data.dir.");
    }
    return Path.of(dir);
  }

  public static Builder offer(String title) {
    return new Builder(title);
  }

  /** Changes to a valid offer. */
  public static final class Builder {
    private UUID id = UUID.randomUUID();
    private final String title;
    private String description = "";
    private String partnerName = "Organisme de test";
    private Category category = Category.FORMATION;
    private Modality modality = Modality.IN_PERSON;
    private List<Place> places = List.of(PARIS);
    private Long priceCents;
    private boolean cpf;
    private List<String> rncp = List.of();
    private List<String> blocs = List.of();

    private Builder(String title) {
      this.title = title;
    }

    public Builder id(UUID id) {
      this.id = id;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder partner(String name) {
      this.partnerName = name;
      return this;
    }

    public Builder category(Category category) {
      this.category = category;
      return this;
    }

    public Builder modality(Modality modality) {
      this.modality = modality;
      return this;
    }

    public Builder places(Place... places) {
      this.places = List.of(places);
      return this;
    }

    public Builder price(Long cents) {
      this.priceCents = cents;
      return this;
    }

    public Builder cpf(boolean cpf) {
      this.cpf = cpf;
      return this;
    }

    public Builder rncp(String... codes) {
      this.rncp = List.of(codes);
      return this;
    }

    public Builder blocs(String... codes) {
      this.blocs = List.of(codes);
      return this;
    }

    public Offer build() {
      return new Offer(
          id,
          PARTNER,
          partnerName,
          title,
          description,
          category,
          modality,
          places,
          List.of(),
          null,
          priceCents,
          cpf,
          rncp,
          List.of(),
          blocs,
          List.of(),
          List.of(),
          List.of("fr"),
          null,
          Instant.parse("2025-01-01T00:00:00Z"));
    }
  }
}
