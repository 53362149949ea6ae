/**
 * The Parcours web application: the REST API under {@code /api}, the pages, sign-in and operations
 * endpoints. It is the only module that knows HTTP; use cases live in the portfolio module and are
 * called from here, never duplicated.
 */
package org.parcours.portal;
