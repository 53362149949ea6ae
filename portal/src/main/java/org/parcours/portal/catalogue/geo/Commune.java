package org.parcours.portal.catalogue.geo;

import org.parcours.portfolio.catalogue.Place;

/**
 * A commune as the postal-code base lists it: one per (postal code, commune), so a commune with
 * several postal codes appears several times. Coordinates are null where the base has none.
 */
public record Commune(
    String postalCode,
    String name,
    String departmentCode,
    String departmentName,
    String regionName,
    Double latitude,
    Double longitude) {

  public boolean located() {
    return latitude != null;
  }

  /** The place of an offer given in this commune; the base has no INSEE code. */
  public Place toPlace() {
    return new Place(null, postalCode, name, departmentCode, regionName, latitude, longitude);
  }
}
