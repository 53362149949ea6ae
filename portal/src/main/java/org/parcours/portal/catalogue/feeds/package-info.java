/**
 * Guidance feeds on the portal side: asks the guidance providers of active plugins for their offers
 * on a schedule or when an administrator asks, reads each offer as a partner's typed offer is read,
 * and hands the answer to the catalogue's feed sync; administrators bind providers to organisations
 * and read each feed's report.
 */
package org.parcours.portal.catalogue.feeds;
