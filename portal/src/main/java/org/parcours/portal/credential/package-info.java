/**
 * Credentials in the worker's portfolio: import by file, pasted text or URL through the connector
 * plugins, the verification report in the worker's language, background re-verification.
 */
package org.parcours.portal.credential;
