/** Skills over HTTP: autocomplete over the referentials, and tagging entries. */
package org.parcours.portal.skill;
