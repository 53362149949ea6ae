/**
 * Parcours as an issuer: an Ed25519 key, a Data Integrity signer ({@code eddsa-rdfc-2022}, {@code
 * eddsa-jcs-2022}) and a VC-JWT signer. Depends only on the {@code crypto} and {@code ld} packages
 * so it can move to the portal.
 */
package org.parcours.connector.openbadges.issuer;
