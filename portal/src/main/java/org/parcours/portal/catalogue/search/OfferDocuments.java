package org.parcours.portal.catalogue.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.catalogue.Place;

/** An offer as the index holds it: only what search, facets and a results page need. */
final class OfferDocuments {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String TITLE_PLAIN = "title_plain";
  static final String DESCRIPTION = "description";
  static final String CODES = "codes";
  static final String PARTNER = "partner";
  static final String PRICE_CENTS = "price_cents";
  static final String RNCP = "rncp";
  static final String BLOC = "bloc";
  static final String LOCATION = "location";

  /**
   * Names the fields and how they are indexed; changed whenever that changes, so that an index laid
   * out by an earlier version is rebuilt at start rather than searched. 2: descriptions keep their
   * words' offsets.
   */
  static final String LAYOUT = "2";

  // The offsets let a snippet be cut from the postings; without them each hit's description was
  // analysed again, a fifth of a search's time.
  private static final FieldType DESCRIBED = new FieldType(TextField.TYPE_STORED);

  static {
    DESCRIBED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    DESCRIBED.freeze();
  }

  private OfferDocuments() {}

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    // An offer given in several régions counts once in each.
    config.setMultiValued(CatalogueQuery.REGION, true);
    return config;
  }

  static Document document(Offer offer, FacetsConfig config) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, offer.id().toString(), Field.Store.YES));
    doc.add(new TextField(TITLE, offer.title(), Field.Store.YES));
    doc.add(new TextField(TITLE_PLAIN, offer.title(), Field.Store.NO));
    doc.add(new Field(DESCRIPTION, offer.description(), DESCRIBED));
    // Codes are searchable as words: a worker pastes "RNCP35185" or "D1402" into the search box.
    String codes =
        String.join(
            " ",
            concat(
                offer.rncpCodes(),
                offer.rsCodes(),
                offer.blocCodes(),
                offer.romeCodes(),
                offer.formacodes()));
    doc.add(new TextField(CODES, codes, Field.Store.NO));
    doc.add(new StoredField(PARTNER, offer.partnerName()));
    if (offer.priceCents() != null) {
      doc.add(new StoredField(PRICE_CENTS, offer.priceCents()));
    }
    keyword(doc, CatalogueQuery.CATEGORY, offer.category().name());
    keyword(doc, CatalogueQuery.MODALITY, offer.modality().name());
    keyword(doc, CatalogueQuery.CPF, Boolean.toString(offer.cpfEligible()));
    keyword(doc, CatalogueQuery.PRICE, PriceBand.of(offer.priceCents()).name());
    Set<String> regions = new LinkedHashSet<>();
    for (Place place : offer.places()) {
      if (place.regionName() != null) {
        regions.add(place.regionName());
      }
      if (place.located()) {
        doc.add(new LatLonPoint(LOCATION, place.latitude(), place.longitude()));
        doc.add(new LatLonDocValuesField(LOCATION, place.latitude(), place.longitude()));
      }
    }
    for (String region : regions) {
      doc.add(new StringField(CatalogueQuery.REGION, region, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(CatalogueQuery.REGION, region));
    }
    for (String code : offer.rncpCodes()) {
      doc.add(new StringField(RNCP, code, Field.Store.NO));
    }
    for (String code : offer.blocCodes()) {
      doc.add(new StringField(BLOC, code, Field.Store.NO));
    }
    return config.build(doc);
  }

  // A filter term, a facet value and a stored value under one name.
  private static void keyword(Document doc, String name, String value) {
    doc.add(new StringField(name, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(name, value));
  }

  @SafeVarargs
  private static Iterable<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return all;
  }
}
