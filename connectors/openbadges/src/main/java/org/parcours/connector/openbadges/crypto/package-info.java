/**
 * The limits of strict JSON reading, multibase and Ed25519 helpers shared by verification and
 * signing.
 */
package org.parcours.connector.openbadges.crypto;
