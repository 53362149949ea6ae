/** The guarded HTTP access the host lends to plugins. */
package org.parcours.plugin.http;
