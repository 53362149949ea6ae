/**
 * Evidence files: streamed, typed from their content, encrypted at rest with a key per worker,
 * stored outside the database under the SHA-256 of their content (docs/adr/0006).
 */
package org.parcours.portfolio.evidence;
