package org.parcours.portal.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Turns what a worker typed and chose into Lucene queries. */
final class Queries {

  // The title says what the offer is; the description may mention anything.
  static final float TITLE_BOOST = 3f;
  static final float CODES_BOOST = 2f;
  // Words as typed outrank their near misses.
  static final float EXACT_BOOST = 4f;
  static final int FUZZY_MIN_LENGTH = 4;
  static final int TERMS_MAX = 12;

  private static final Map<String, Float> FIELDS =
      Map.of(
          OfferDocuments.TITLE, TITLE_BOOST,
          OfferDocuments.DESCRIPTION, 1f,
          OfferDocuments.CODES, CODES_BOOST);

  private final Analyzer analyzer;

  Queries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The full query: {@code text} from {@link #text} (null for any offer) and the filters. */
  Query query(CatalogueQuery q, Query text) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(text == null ? MatchAllDocsQuery.INSTANCE : text, Occur.MUST);
    filter(all, CatalogueQuery.CATEGORY, q.categories().stream().map(Enum::name).toList());
    filter(all, CatalogueQuery.MODALITY, q.modalities().stream().map(Enum::name).toList());
    filter(all, CatalogueQuery.REGION, q.regions());
    filter(all, CatalogueQuery.PRICE, q.priceBands().stream().map(Enum::name).toList());
    if (q.cpfEligible() != null) {
      filter(all, CatalogueQuery.CPF, List.of(q.cpfEligible().toString()));
    }
    if (q.rncpCode() != null) {
      filter(all, OfferDocuments.RNCP, List.of(q.rncpCode()));
    }
    filter(all, OfferDocuments.BLOC, q.blocCodes());
    if (q.radiusKm() != null) {
      all.add(
          LatLonPoint.newDistanceQuery(
              OfferDocuments.LOCATION,
              q.near().latitude(),
              q.near().longitude(),
              q.radiusKm() * 1000),
          Occur.FILTER);
    }
    return all.build();
  }

  /**
   * The text part, or null when there is no text. Lucene syntax is honoured when it parses ({@code
   * title:bilan}, {@code "relation client"}); anything the parser rejects is searched as plain
   * words instead, so a stray quote or bracket never becomes an error page. With {@code typos},
   * each word may also match with one or two typos, ranked below exact matches.
   */
  Query text(String text, boolean typos) {
    if (text == null) {
      return null;
    }
    List<String> words = words(text, OfferDocuments.TITLE);
    Query exact;
    try {
      MultiFieldQueryParser parser =
          new MultiFieldQueryParser(FIELDS.keySet().toArray(String[]::new), analyzer, FIELDS);
      parser.setDefaultOperator(QueryParser.Operator.AND);
      parser.setAllowLeadingWildcard(false);
      exact = parser.parse(text);
    } catch (ParseException | RuntimeException rejected) {
      // RuntimeException too: an invalid /regexp/ or too many wildcard terms fail that way.
      exact = null;
    }
    if (exact == null) {
      exact = plain(words);
    }
    Query fuzzy = typos ? fuzzy(words, words(text, OfferDocuments.TITLE_PLAIN)) : null;
    if (fuzzy == null) {
      return exact;
    }
    return new BooleanQuery.Builder()
        .add(new BoostQuery(exact, EXACT_BOOST), Occur.SHOULD)
        .add(fuzzy, Occur.SHOULD)
        .build();
  }

  /** Suggestions: titles holding all the words typed, the last one possibly unfinished. */
  Query prefix(String typed) {
    List<String> words = words(typed, OfferDocuments.TITLE_PLAIN);
    if (words.isEmpty()) {
      return null;
    }
    boolean lastFinished = Character.isWhitespace(typed.charAt(typed.length() - 1));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      Term term = new Term(OfferDocuments.TITLE_PLAIN, words.get(i));
      boolean last = i == words.size() - 1;
      b.add(last && !lastFinished ? new PrefixQuery(term) : new TermQuery(term), Occur.FILTER);
    }
    return b.build();
  }

  private static void filter(BooleanQuery.Builder all, String field, Collection<String> values) {
    if (values.isEmpty()) {
      return;
    }
    List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
    all.add(new TermInSetQuery(field, terms), Occur.FILTER);
  }

  // Every word in every field, all words required: what a search box means without syntax.
  private static Query plain(List<String> words) {
    if (words.isEmpty()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      FIELDS.forEach((field, boost) ->
          any.add(new BoostQuery(new TermQuery(new Term(field, word)), boost), Occur.SHOULD));
      all.add(any.build(), Occur.MUST);
    }
    return all.build();
  }

  /**
   * Each word within a typo or two of a title word, or one typo of a description word. On the
   * title, whole words are compared (both analyses drop the same stop words, so they align); on the
   * description, stems, with one edit only as stems are short and close to each other.
   */
  private static Query fuzzy(List<String> stems, List<String> words) {
    if (stems.size() != words.size()
        || words.stream().noneMatch(w -> w.length() >= FUZZY_MIN_LENGTH)) {
      return null;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      Term inTitle = new Term(OfferDocuments.TITLE_PLAIN, word);
      Term inDescription = new Term(OfferDocuments.DESCRIPTION, stems.get(i));
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      if (word.length() < FUZZY_MIN_LENGTH) {
        any.add(new BoostQuery(new TermQuery(inTitle), TITLE_BOOST), Occur.SHOULD);
        any.add(new TermQuery(inDescription), Occur.SHOULD);
      } else {
        int edits = word.length() >= 8 ? 2 : 1;
        any.add(new BoostQuery(new FuzzyQuery(inTitle, edits, 1), TITLE_BOOST), Occur.SHOULD);
        any.add(new FuzzyQuery(inDescription, 1, 2), Occur.SHOULD);
      }
      all.add(any.build(), Occur.MUST);
    }
    return all.build();
  }

  /** The words of {@code text} as the analyzer of {@code field} indexes them, at most a dozen. */
  List<String> words(String text, String field) {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken() && words.size() < TERMS_MAX) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
