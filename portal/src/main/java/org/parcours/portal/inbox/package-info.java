/**
 * Partners pushing certificates (API, single and bulk, idempotent) and the worker's inbox (accept,
 * decline, block, alias); employer attestations signed by this instance on the partner's behalf.
 */
package org.parcours.portal.inbox;
