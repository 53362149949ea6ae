/**
 * The catalogue of guidance services and training offers published by partners: the offer as the
 * rest of the portal knows it, with no framework in it, so that importers, the generator and the
 * search index share one validated shape.
 */
package org.parcours.portal.catalogue;
