package org.parcours.portfolio.archive;

/**
 * What an import brought.
 *
 * @param linksDropped dossier links left out because the archive did not hold what they pointed to
 *     (a piece deleted before the export, or a manifest changed by hand)
 */
public record ImportReport(int entries, int dossiers, int linksDropped) {}
