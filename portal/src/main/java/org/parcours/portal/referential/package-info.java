/** The folder of official open-data referentials, from configuration. */
package org.parcours.portal.referential;
