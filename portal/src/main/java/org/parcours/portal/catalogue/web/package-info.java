/**
 * The catalogue on the web: the search index kept in step with the database, the public search (API
 * and page), the partners' offers and the administrators' moderation.
 */
package org.parcours.portal.catalogue.web;
