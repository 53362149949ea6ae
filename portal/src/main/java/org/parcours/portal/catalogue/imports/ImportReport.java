package org.parcours.portal.catalogue.imports;

import java.util.List;
import org.parcours.portfolio.catalogue.Offer;

/**
 * What an import read: the valid offers, and for each one left out, where and why.
 *
 * @param complete false when the input was cut short (too large, or unreadable from some line on)
 */
public record ImportReport(List<Offer> offers, List<Problem> problems, boolean complete) {

  public ImportReport {
    offers = List.copyOf(offers);
    problems = List.copyOf(problems);
  }

  /** One offer or row left out: the line it starts on (from 1) and what to fix. */
  public record Problem(long line, String reason) {}
}
