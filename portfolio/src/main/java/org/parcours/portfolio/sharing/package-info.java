/**
 * Sharing under the worker's control: grants to an adviser or a secret link, read-only access
 * through live grants only, and the access log of every read.
 */
package org.parcours.portfolio.sharing;
