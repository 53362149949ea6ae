/**
 * The catalogue search index, with Apache Lucene: French analysis, typo tolerance, facets, distance
 * from a commune, highlighted snippets and suggestions. The database stays the source of truth;
 * this index can always be rebuilt from it. Plain Java: the caller wires it into the application
 * and feeds it the committed changes.
 */
package org.parcours.portal.catalogue.search;
