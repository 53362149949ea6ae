/**
 * Bulk imports of offers: LHÉO 2.2 XML, the exchange format of the Carif-Oref network, and CSV in
 * the MonCompteFormation open-data column set. A bad offer is reported with its line and a reason
 * the partner can act on; the others are imported.
 */
package org.parcours.portal.catalogue.imports;
