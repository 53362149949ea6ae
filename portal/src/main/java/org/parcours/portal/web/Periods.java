package org.parcours.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.parcours.portal.i18n.Messages;

/**
 * How pages write a period: "du 1 mars 2019 au 30 juin 2023", or "depuis le 1 mars 2019". One per
 * page and language, so that a list of periods shares its date format.
 */
public final class Periods {

  private final Messages messages;
  private final DateTimeFormatter format;

  public Periods(Messages messages) {
    this.messages = messages;
    this.format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
  }

  public String text(LocalDate start, Optional<LocalDate> end) {
    String from = format.format(start);
    return end.map(e -> messages.get("portfolio.experience.period", from, format.format(e)))
        .orElseGet(() -> messages.get("portfolio.experience.since", from));
  }
}
