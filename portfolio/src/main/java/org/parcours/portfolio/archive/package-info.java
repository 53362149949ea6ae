/**
 * The portable portfolio: export as a ZIP with a versioned JSON manifest (docs/export-format.md),
 * and import of that ZIP into an empty account, all or nothing.
 */
package org.parcours.portfolio.archive;
