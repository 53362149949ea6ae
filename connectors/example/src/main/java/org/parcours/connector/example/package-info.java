/**
 * The smallest complete Parcours plugin. A partner copies this module, renames the package and the
 * descriptor, and has a plugin the portal can load; connector and guidance-service contracts are
 * added to the plugin API by later versions.
 */
package org.parcours.connector.example;
