package org.parcours.portfolio.archive;

/**
 * One credential named by a manifest, by the SHA-256 of its original. Nothing else the export says
 * about it is trusted: the original is read and verified again by the connectors.
 */
record ImportedCredential(String sha256) {}
