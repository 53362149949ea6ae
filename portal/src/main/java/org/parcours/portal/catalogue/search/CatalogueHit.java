package org.parcours.portal.catalogue.search;

import java.util.UUID;
import org.parcours.portfolio.catalogue.Category;
import org.parcours.portfolio.catalogue.Modality;

/**
 * One offer in a page of results.
 *
 * @param snippetHtml a passage of the description, HTML-escaped, with the matched words in {@code
 *     <mark>}: safe to insert as HTML as is
 * @param distanceKm from the point of the query to the offer's nearest place, when sorting by
 *     distance; null otherwise or when the offer has no located place
 */
public record CatalogueHit(
    UUID id,
    String title,
    String partnerName,
    Category category,
    Modality modality,
    Long priceCents,
    boolean cpfEligible,
    String snippetHtml,
    Double distanceKm) {}
