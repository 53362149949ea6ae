/** Work the portal does on its own, again and again, beside the requests. */
package org.parcours.portal.background;
