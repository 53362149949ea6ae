package org.parcours.portal.vae.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * The renderer's line breaks, less those right after an apostrophe inside a word. The JDK allows
 * "l’|entreprise" and "j’|ai" at a line end: bad French typography, and a text extractor or screen
 * reader then finds two words where there is one. One per render: it holds the text it breaks.
 */
final class ElisionLineBreaker implements FSTextBreaker {

  private final FSTextBreaker lines =
      new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.FRENCH));
  private String text = "";

  @Override
  public void setText(String text) {
    this.text = text;
    lines.setText(text);
  }

  @Override
  public int next() {
    int next = lines.next();
    while (next != BreakIterator.DONE && afterElision(next)) {
      next = lines.next();
    }
    return next;
  }

  private boolean afterElision(int at) {
    if (at <= 0 || at >= text.length()) {
      return false;
    }
    char before = text.charAt(at - 1);
    return (before == '’' || before == '\'') && Character.isLetter(text.codePointAt(at));
  }
}
