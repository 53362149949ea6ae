/**
 * Guidance feeds: offers a guidance-service provider (a plugin) publishes for the partner
 * organisation an administrator bound it to. Each sync replaces the feed's previous offers with the
 * provider's answer, through the catalogue's own rules and outbox; a source that cannot be read
 * leaves them as they were.
 */
package org.parcours.portfolio.catalogue.feed;
