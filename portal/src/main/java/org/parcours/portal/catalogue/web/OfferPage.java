package org.parcours.portal.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.catalogue.Session;

/** Backs the page of one public offer; an unknown or withdrawn offer says so. */
@Named
@RequestScoped
public class OfferPage {

  @Inject CatalogueService catalogue;

  private Optional<Offer> offer;

  public Offer getOffer() {
    if (offer == null) {
      String id =
          FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
      try {
        offer = id == null ? Optional.empty() : catalogue.publicOffer(UUID.fromString(id));
      } catch (IllegalArgumentException e) {
        offer = Optional.empty();
      }
    }
    return offer.orElse(null);
  }

  public String getPrice() {
    return Prices.text(getOffer().priceCents());
  }

  public String session(Session session) {
    DateTimeFormatter format =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Feedback.messages().locale());
    return session.end() == null
        ? session.start().format(format)
        : session.start().format(format) + " – " + session.end().format(format);
  }
}
