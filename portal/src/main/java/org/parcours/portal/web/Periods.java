package org.parcours.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.parcours.portal.i18n.Messages;

/** How pages write a period: "du 1 mars 2019 au 30 juin 2023", or "depuis le 1 mars 2019". */
public final class Periods {
  private Periods() {}

  public static String text(LocalDate start, Optional<LocalDate> end, Messages messages) {
    DateTimeFormatter format =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
    String from = format.format(start);
    return end.map(e -> messages.get("portfolio.experience.period", from, format.format(e)))
        .orElseGet(() -> messages.get("portfolio.experience.since", from));
  }
}
