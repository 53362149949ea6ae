/**
 * Certificates partners push to workers (training bodies, employers): each lands in the worker's
 * inbox and enters the portfolio only when the worker accepts it; the worker may decline, and may
 * block a sender. Pushes are idempotent per partner and key.
 */
package org.parcours.portfolio.inbox;
