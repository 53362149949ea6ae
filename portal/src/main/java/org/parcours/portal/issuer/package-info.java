/**
 * Parcours as an issuer: the instance's own Ed25519 key published as {@code did:web} at {@code
 * /.well-known/did.json}, and the W3C VC-API endpoints to issue and verify credentials.
 */
package org.parcours.portal.issuer;
