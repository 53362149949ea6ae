/**
 * Who is calling: roles, the signed-in worker, and signing out. Authentication itself is the
 * server's (OpenID Connect for pages, MicroProfile JWT for the API); see docs/adr/0005.
 */
package org.parcours.portal.security;
