package org.parcours.portfolio.archive;

/** One evidence file named by a manifest: which entry, what name, which content. */
record ImportedFile(String entryId, String name, String sha256, long size) {}
