/**
 * Credentials in a worker's portfolio: what a connector read and verified, the report of each
 * check, and the original kept byte for byte so that it can be verified again later.
 */
package org.parcours.portfolio.credential;
