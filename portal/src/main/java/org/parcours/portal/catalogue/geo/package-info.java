/**
 * French communes with their coordinates, from the open-data postal-code base, for the places of
 * offers, the commune picker and searches around a commune.
 */
package org.parcours.portal.catalogue.geo;
