package org.parcours.portal.catalogue.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/** How catalogue text is cut into words. */
final class FrenchAnalysis {

  private FrenchAnalysis() {}

  /**
   * Full-text fields: {@code l'accompagnement} → {@code accompagnement}, stop words dropped, then
   * accents folded so that a worker typing without accents finds the same, then light stemming
   * (plural and feminine forms). Stop words go before folding: the list is written with accents.
   */
  static Analyzer stemmed() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        s = new LowerCaseFilter(s);
        s = new StopFilter(s, FrenchAnalyzer.getDefaultStopSet());
        s = new ASCIIFoldingFilter(s);
        s = new FrenchLightStemFilter(s);
        return new TokenStreamComponents(source, s);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /**
   * Whole words, folded but neither stemmed nor stopped: for suggestions as you type (a word being
   * typed is not a word yet, stemming it would lose the prefix) and to rank exact title words
   * first.
   */
  static Analyzer plain() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        s = new LowerCaseFilter(s);
        s = new StopFilter(s, FrenchAnalyzer.getDefaultStopSet());
        s = new ASCIIFoldingFilter(s);
        return new TokenStreamComponents(source, s);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** The analyzer of each field of {@link OfferDocuments}. */
  static Analyzer perField() {
    return new PerFieldAnalyzerWrapper(stemmed(), Map.of(OfferDocuments.TITLE_PLAIN, plain()));
  }
}
