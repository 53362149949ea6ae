/**
 * Issuers: secure the credentials the portal issues (Open Badges 3.0, W3C Verifiable Credentials)
 * with the portal's own key, lent as a {@link org.parcours.plugin.issuer.Signer}. A plugin offers
 * issuers through {@link org.parcours.plugin.Plugin#issuers()}.
 */
package org.parcours.plugin.issuer;
