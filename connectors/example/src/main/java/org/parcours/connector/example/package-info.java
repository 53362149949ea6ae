/**
 * The smallest complete Parcours plugin: one connector for employer attestations signed with
 * Ed25519, and one guidance provider of a few fixed offers. A partner copies this module, renames
 * the package and the descriptor, and follows docs/plugin-guide to build, test and install it.
 */
package org.parcours.connector.example;
