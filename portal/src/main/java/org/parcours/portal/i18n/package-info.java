/** The languages of Parcours: French first, English too, every string in one bundle. */
package org.parcours.portal.i18n;
