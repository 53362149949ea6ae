/**
 * The catalogue: partner organisations vetted by administrators, and the guidance services and
 * training offers they publish. Every change of an offer is written to an outbox in the same
 * transaction, so the search index can follow the database without ever drifting for long.
 */
package org.parcours.portfolio.catalogue;
