package org.parcours.portfolio.archive;

/**
 * One evidence file named by a manifest: which entry, what name, which content.
 *
 * @param id the file's id in the archive, which dossier links name; {@code null} in exports made
 *     before dossiers travelled
 */
record ImportedFile(String id, String entryId, String name, String sha256, long size) {}
