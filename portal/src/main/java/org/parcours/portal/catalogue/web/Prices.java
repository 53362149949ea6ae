package org.parcours.portal.catalogue.web;

import java.text.NumberFormat;
import java.util.Locale;
import org.parcours.portal.web.Feedback;

/** A price as a person reads it in the page's language. */
final class Prices {

  private Prices() {}

  static String text(Long cents) {
    if (cents == null) {
      return Feedback.messages().get("catalogue.price.none");
    }
    if (cents == 0) {
      return Feedback.messages().get("catalogue.price.free");
    }
    // Irish English writes euros the English way (€1,200.00).
    Locale money =
        Feedback.messages().locale().equals(Locale.ENGLISH)
            ? Locale.forLanguageTag("en-IE")
            : Locale.FRANCE;
    return NumberFormat.getCurrencyInstance(money).format(cents / 100.0);
  }
}
