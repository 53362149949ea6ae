package org.parcours.portal.catalogue.search;

/** One value of a facet and how many offers of the result have it. */
public record FacetCount(String value, long count) {}
