/**
 * Certifications of the RNCP (Répertoire national des certifications professionnelles) that a
 * worker may aim at through a VAE, with their blocs de compétences, read from France Compétences'
 * official open-data export. A certification is found by its number or by the words a person types.
 *
 * <p>Plain Java, loaded once and read-only: no persistence, HTTP or pages here.
 */
package org.parcours.portfolio.certification;
