/** The whole portfolio over HTTP: every kind of entry, searched, filtered and tagged. */
package org.parcours.portal.entry;
