/** Sharing over HTTP: the worker's grants, the grantees' read-only views, the audit check. */
package org.parcours.portal.sharing;
