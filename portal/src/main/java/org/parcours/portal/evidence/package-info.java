/** Evidence files over HTTP: streamed uploads, downloads that never run in a browser. */
package org.parcours.portal.evidence;
