/** What every page shares: the language of the page, the person signed in, date entry. */
package org.parcours.portal.web;
